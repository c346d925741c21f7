package org.civicportal.account;

import static org.civicportal.account.LoginBuckets.Kind.ACCOUNT;
import static org.civicportal.account.LoginBuckets.Kind.NETWORK;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Slows down password guessing: a limited number of log-in attempts per account and per client
 * network, refilled over time (token buckets). It is asked before any hash is computed, so a
 * throttled attempt costs the server no hash. The delay is soft and ends by itself: nobody can
 * lock a member out for good by guessing their address.
 *
 * <p>The per-account allowance is keyed on the account's id, never on the typed text, so every
 * spelling that reaches an account (case, spaces, Unicode forms) draws on the same allowance.
 * Only accounts that exist get one: an address nobody holds has nothing to protect and is limited
 * by the client's allowance alone, so junk addresses cannot fill the store or push a member's
 * allowance out. An account's allowance is forgotten when it is full again (after a success).
 *
 * <p>In the portal the allowances live in the database ({@link DatabaseLoginBuckets}), so that
 * every node draws on the same ones: with per-node memory, an attacker spreading guesses over
 * two nodes would get twice the attempts. Bucket4j's JDBC store was chosen over a data grid
 * (Hazelcast through JCache) because it works the same for one node and for many, on the
 * database the portal has anyway, with nothing more to run, configure or keep in step. Its cost
 * is small next to the password hash: a log-in's throttle steps (7 to 9 short transactions) take
 * about 5 ms on MariaDB (median; 0.002 ms in memory), the hash 90 ms or more (see README.md).
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

    private LoginBuckets buckets;
    private BucketConfiguration perAccount;
    private BucketConfiguration perNetwork;

    protected LoginThrottle() {
        // for CDI proxies
    }

    /** The portal's throttle: default limits, allowances shared by every node through the database. */
    @Inject
    public LoginThrottle(DatabaseLoginBuckets shared) {
        this(Limits.defaults(), shared);
    }

    /** A throttle whose allowances live in this object's memory alone (one node, tests). */
    public LoginThrottle(Clock clock, Limits limits) {
        this(limits, new MemoryLoginBuckets(clock));
    }

    public LoginThrottle(Limits limits, LoginBuckets buckets) {
        this.buckets = buckets;
        this.perAccount = Buckets.configuration(limits.attemptsPerAccount(), limits.window());
        this.perNetwork = Buckets.configuration(limits.attemptsPerAddress(), limits.window());
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
        String network = ClientBuckets.networkKey(clientAddress);
        if (accountId == null) {
            return Buckets.waitIfRefused(buckets.tryTake(NETWORK, network, perNetwork));
        }
        String account = accountId.toString();
        // Each take is atomic on its own bucket; taking from both, or giving the first back,
        // needs no lock held across the two, which may be on different rows or nodes.
        ConsumptionProbe fromAccount = buckets.tryTake(ACCOUNT, account, perAccount);
        if (!fromAccount.isConsumed()) {
            // the wait covers the network's too, so that the next try is not refused by it instead
            EstimationProbe fromNetwork = buckets.estimate(NETWORK, network, perNetwork);
            return Optional.of(Buckets.waitOf(Math.max(fromAccount.getNanosToWaitForRefill(), fromNetwork.getNanosToWaitForRefill())));
        }
        ConsumptionProbe fromNetwork = buckets.tryTake(NETWORK, network, perNetwork);
        if (fromNetwork.isConsumed()) {
            return Optional.empty();
        }
        buckets.giveBack(ACCOUNT, account, perAccount);
        return Optional.of(Buckets.waitOf(fromNetwork.getNanosToWaitForRefill()));
    }

    /**
     * How long the client network must wait before its next attempt, without taking one: lets a
     * flood from one network be refused before even the account is looked up.
     *
     * @return empty if the network has an attempt left
     */
    public Optional<Duration> addressWait(String clientAddress) {
        EstimationProbe probe = buckets.estimate(NETWORK, ClientBuckets.networkKey(clientAddress), perNetwork);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(Buckets.waitOf(probe.getNanosToWaitForRefill()));
    }

    /**
     * Takes one attempt from the account's allowance only: for checks of the current password by
     * someone already logged in (a stolen session must not become a way to guess it). They share
     * the account's log-in allowance, since both are guesses at the same password.
     *
     * @return empty if the attempt may go ahead; otherwise how long to wait
     */
    public Optional<Duration> tryAccountAttempt(long accountId) {
        return Buckets.waitIfRefused(buckets.tryTake(ACCOUNT, Long.toString(accountId), perAccount));
    }

    /**
     * A log-in with the right password: its attempt is given back and the account's allowance is
     * full again, so the owner is never slowed down by their own successes.
     */
    public void succeeded(long accountId, String clientAddress) {
        accountSucceeded(accountId);
        buckets.giveBack(NETWORK, ClientBuckets.networkKey(clientAddress), perNetwork);
    }

    /** The right current password: the account's allowance is full again (and forgotten). */
    public void accountSucceeded(long accountId) {
        buckets.forget(ACCOUNT, Long.toString(accountId));
    }

    /** How many accounts hold an allowance now (for tests and monitoring). */
    long accountsTracked() {
        return buckets.count(ACCOUNT);
    }
}
