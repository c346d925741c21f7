package org.civicportal.account;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing: a limited number of log-in attempts per account and per client
 * address, refilled over time (token buckets). It is asked before any hash is computed, so a
 * throttled attempt costs the server nothing. The delay is soft and ends by itself: nobody can
 * lock a member out for good by guessing their address.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Memory stays bounded when someone tries millions of addresses: the least recent keys are forgotten. */
    static final int MAX_KEYS = 100_000;

    /**
     * How many attempts are allowed in a window.
     *
     * @param attemptsPerAccount attempts on one account, from anywhere
     * @param attemptsPerAddress attempts from one client address, on any accounts
     * @param window             the time in which a full allowance is refilled
     */
    public record Limits(int attemptsPerAccount, int attemptsPerAddress, Duration window) {

        /** 5 per account and 30 per address every 15 minutes. */
        public static Limits defaults() {
            return new Limits(5, 30, Duration.ofMinutes(15));
        }
    }

    private Clock clock;
    private Limits limits;
    private Map<String, Bucket> byAccount;
    private Map<String, Bucket> byAddress;

    protected LoginThrottle() {
        // for CDI proxies
    }

    @Inject
    public LoginThrottle(Clock clock) {
        this(clock, Limits.defaults());
    }

    public LoginThrottle(Clock clock, Limits limits) {
        this.clock = clock;
        this.limits = limits;
        this.byAccount = boundedMap();
        this.byAddress = boundedMap();
    }

    /**
     * Takes one attempt from both allowances if both have one left.
     *
     * @return empty if the attempt may go ahead; otherwise how long to wait (nothing is taken then)
     */
    public Optional<Duration> tryAttempt(String email, String clientAddress) {
        Bucket account = bucket(byAccount, accountKey(email), limits.attemptsPerAccount());
        Bucket address = bucket(byAddress, addressKey(clientAddress), limits.attemptsPerAddress());
        synchronized (account) {
            EstimationProbe accountProbe = account.estimateAbilityToConsume(1);
            EstimationProbe addressProbe = address.estimateAbilityToConsume(1);
            if (accountProbe.canBeConsumed() && addressProbe.canBeConsumed() && account.tryConsume(1)) {
                if (address.tryConsume(1)) {
                    return Optional.empty();
                }
                account.addTokens(1);
            }
            long waitNanos = Math.max(accountProbe.getNanosToWaitForRefill(), addressProbe.getNanosToWaitForRefill());
            return Optional.of(roundUpToSeconds(Duration.ofNanos(Math.max(waitNanos, 1))));
        }
    }

    /**
     * A log-in with the right password: its attempt is given back and the account's allowance is
     * full again, so the owner is never slowed down by their own successes.
     */
    public void succeeded(String email, String clientAddress) {
        Bucket account = byAccountBucket(email);
        account.reset();
        bucket(byAddress, addressKey(clientAddress), limits.attemptsPerAddress()).addTokens(1);
    }

    private Bucket byAccountBucket(String email) {
        return bucket(byAccount, accountKey(email), limits.attemptsPerAccount());
    }

    private Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, limits.window()).build())
                    .withCustomTimePrecision(new ClockTimeMeter(clock))
                    .build());
        }
    }

    private static String accountKey(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String clientAddress) {
        return clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress.strip();
    }

    private static Duration roundUpToSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    private static Map<String, Bucket> boundedMap() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_KEYS;
            }
        };
    }

    /** Bucket4j's time, taken from our clock so that tests can move it. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
