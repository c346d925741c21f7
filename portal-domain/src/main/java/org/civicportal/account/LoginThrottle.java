package org.civicportal.account;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: a limited number of log-in attempts per account and per client
 * network, refilled over time (token buckets). It is asked before any hash is computed, so a
 * throttled attempt costs the server nothing. The delay is soft and ends by itself: nobody can
 * lock a member out for good by guessing their address.
 *
 * <p>The per-account allowance is keyed on the account's id, never on the typed text, so every
 * spelling that reaches an account (case, spaces, Unicode forms) draws on the same allowance.
 * Only accounts that exist get one: an address nobody holds has nothing to protect and is limited
 * by the client's allowance alone, so junk addresses cannot fill memory or push a member's
 * allowance out. An account's allowance is forgotten when it is full again (after a success).
 */
@ApplicationScoped
public class LoginThrottle {

    /**
     * How many attempts are allowed in a window.
     *
     * @param attemptsPerAccount attempts on one account, from anywhere
     * @param attemptsPerAddress attempts from one client network, on any accounts
     * @param window             the time in which a full allowance is refilled
     */
    public record Limits(int attemptsPerAccount, int attemptsPerAddress, Duration window) {

        /** 5 per account and 30 per client network every 15 minutes. */
        public static Limits defaults() {
            return new Limits(5, 30, Duration.ofMinutes(15));
        }
    }

    private Clock clock;
    private Limits limits;
    private Map<Long, Bucket> byAccount;
    private ClientBuckets byAddress;

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
        this.byAccount = new ConcurrentHashMap<>();
        this.byAddress = new ClientBuckets(clock, limits.attemptsPerAddress(), limits.window());
    }

    /**
     * Takes one attempt from the account's allowance (when the address belongs to an account) and
     * from the client network's, if both have one left.
     *
     * @param accountId     the account the typed address belongs to, or null if none
     * @param clientAddress the client's IP address
     * @return empty if the attempt may go ahead; otherwise how long to wait (nothing is taken then)
     */
    public Optional<Duration> tryAttempt(Long accountId, String clientAddress) {
        Bucket address = byAddress.bucket(clientAddress);
        if (accountId == null) {
            return Buckets.tryTake(address);
        }
        Bucket account = accountBucket(accountId);
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
            return Optional.of(Buckets.roundUpToSeconds(Duration.ofNanos(Math.max(waitNanos, 1))));
        }
    }

    /**
     * How long the client network must wait before its next attempt, without taking one: lets a
     * flood from one network be refused before even the account is looked up.
     *
     * @return empty if the network has an attempt left
     */
    public Optional<Duration> addressWait(String clientAddress) {
        EstimationProbe probe = byAddress.bucket(clientAddress).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty()
                : Optional.of(Buckets.roundUpToSeconds(Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1))));
    }

    /**
     * Takes one attempt from the account's allowance only: for checks of the current password by
     * someone already logged in (a stolen session must not become a way to guess it). They share
     * the account's log-in allowance, since both are guesses at the same password.
     *
     * @return empty if the attempt may go ahead; otherwise how long to wait
     */
    public Optional<Duration> tryAccountAttempt(long accountId) {
        return Buckets.tryTake(accountBucket(accountId));
    }

    /**
     * A log-in with the right password: its attempt is given back and the account's allowance is
     * full again, so the owner is never slowed down by their own successes.
     */
    public void succeeded(long accountId, String clientAddress) {
        accountSucceeded(accountId);
        byAddress.bucket(clientAddress).addTokens(1);
    }

    /** The right current password: the account's allowance is full again (and forgotten). */
    public void accountSucceeded(long accountId) {
        byAccount.remove(accountId);
    }

    /** How many accounts hold an allowance now (for tests and monitoring). */
    int accountsTracked() {
        return byAccount.size();
    }

    private Bucket accountBucket(long accountId) {
        return byAccount.computeIfAbsent(accountId,
                id -> Buckets.newBucket(clock, limits.attemptsPerAccount(), limits.window()));
    }
}
