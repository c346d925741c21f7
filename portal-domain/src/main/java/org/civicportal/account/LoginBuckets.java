package org.civicportal.account;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * Where the log-in throttle keeps its token buckets: in the database, shared by every node of the
 * portal ({@link DatabaseLoginBuckets}), or in this node's memory ({@link MemoryLoginBuckets}).
 * Each call is one atomic step on one bucket; a bucket nobody has used yet is created full.
 */
public interface LoginBuckets {

    /** What an allowance limits. */
    enum Kind {
        /** Attempts on one account, keyed by the account's id. */
        ACCOUNT,
        /** Attempts from one client network, keyed by its network key. */
        NETWORK
    }

    /** Takes one token if there is one. */
    ConsumptionProbe tryTake(Kind kind, String key, BucketConfiguration limits);

    /** Whether a token could be taken, and if not when; takes nothing. */
    EstimationProbe estimate(Kind kind, String key, BucketConfiguration limits);

    /** Gives one token back, never beyond the bucket's capacity. */
    void giveBack(Kind kind, String key, BucketConfiguration limits);

    /** Forgets the bucket: it is full again, and nothing is kept for it. */
    void forget(Kind kind, String key);

    /** How many buckets of the kind are kept now (for tests and monitoring). */
    long count(Kind kind);
}
