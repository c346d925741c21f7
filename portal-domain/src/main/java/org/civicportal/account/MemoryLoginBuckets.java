package org.civicportal.account;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The log-in throttle's buckets in this node's memory: right for one node alone, and for tests.
 * With several nodes each would have its own allowances, so the portal uses
 * {@link DatabaseLoginBuckets}.
 *
 * <p>Memory stays bounded: accounts are kept only until their allowance is full again, and past
 * {@link ClientBuckets#MAX_KEYS} networks the least recently seen is forgotten. The two are kept
 * apart so that junk networks never push out an account's allowance.
 */
final class MemoryLoginBuckets implements LoginBuckets {

    private final Clock clock;
    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> networks = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > ClientBuckets.MAX_KEYS;
        }
    };

    MemoryLoginBuckets(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ConsumptionProbe tryTake(Kind kind, String key, BucketConfiguration limits) {
        return bucket(kind, key, limits).tryConsumeAndReturnRemaining(1);
    }

    @Override
    public EstimationProbe estimate(Kind kind, String key, BucketConfiguration limits) {
        return bucket(kind, key, limits).estimateAbilityToConsume(1);
    }

    @Override
    public void giveBack(Kind kind, String key, BucketConfiguration limits) {
        bucket(kind, key, limits).addTokens(1);
    }

    @Override
    public void forget(Kind kind, String key) {
        if (kind == Kind.ACCOUNT) {
            accounts.remove(key);
        } else {
            synchronized (networks) {
                networks.remove(key);
            }
        }
    }

    @Override
    public long count(Kind kind) {
        if (kind == Kind.ACCOUNT) {
            return accounts.size();
        }
        synchronized (networks) {
            return networks.size();
        }
    }

    private Bucket bucket(Kind kind, String key, BucketConfiguration limits) {
        if (kind == Kind.ACCOUNT) {
            return accounts.computeIfAbsent(key, k -> Buckets.newBucket(clock, limits));
        }
        synchronized (networks) {
            return networks.computeIfAbsent(key, k -> Buckets.newBucket(clock, limits));
        }
    }
}
