package org.civicportal.account;

import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the forms anyone can use without logging in (sign-up, a new confirmation link, a password
 * reset) from becoming a way to flood inboxes or load the server: a limited number of requests
 * per client network, and a limited number of messages per mailbox, refilled over time.
 *
 * <p>Every message these forms send goes to an account's address (a new sign-up creates the
 * account first), so the per-mailbox allowance is keyed on the account's id: addresses nobody
 * holds get none and cannot push anyone's allowance out of memory.
 */
@ApplicationScoped
public class MailThrottle {

    /**
     * @param requestsPerAddress requests from one client network
     * @param mailsPerMailbox    messages to one account's address
     * @param window             the time in which a full allowance is refilled
     */
    public record Limits(int requestsPerAddress, int mailsPerMailbox, Duration window) {

        /** 20 requests per client network and 3 messages per mailbox an hour. */
        public static Limits defaults() {
            return new Limits(20, 3, Duration.ofHours(1));
        }
    }

    private Clock clock;
    private Limits limits;
    private ClientBuckets byAddress;
    private Map<Long, Bucket> byMailbox;

    protected MailThrottle() {
        // for CDI proxies
    }

    @Inject
    public MailThrottle(Clock clock) {
        this(clock, Limits.defaults());
    }

    public MailThrottle(Clock clock, Limits limits) {
        this.clock = clock;
        this.limits = limits;
        this.byAddress = new ClientBuckets(clock, limits.requestsPerAddress(), limits.window());
        this.byMailbox = new ConcurrentHashMap<>();
    }

    /**
     * Takes one request from the client network's allowance. Asked before anything costly (a
     * password hash, a message) is done.
     *
     * @return empty if the request may go ahead; otherwise how long to wait
     */
    public Optional<Duration> tryRequest(String clientAddress) {
        return Buckets.tryTake(byAddress.bucket(clientAddress));
    }

    /** Takes one message from the allowance of the account's mailbox; false if none is left. */
    public boolean tryMailTo(long accountId) {
        Bucket bucket = byMailbox.computeIfAbsent(accountId, id -> Buckets.newBucket(clock, limits.mailsPerMailbox(), limits.window()));
        return Buckets.tryTake(bucket).isEmpty();
    }
}
