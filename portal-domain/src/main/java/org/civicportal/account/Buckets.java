package org.civicportal.account;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The token buckets the account throttles use, on the portal's clock. */
final class Buckets {

    private Buckets() {
    }

    /** A bucket of {@code capacity} tokens, refilled evenly over {@code window}. */
    static Bucket newBucket(Clock clock, int capacity, Duration window) {
        return newBucket(clock, configuration(capacity, window));
    }

    /** The limits of a bucket of {@code capacity} tokens, refilled evenly over {@code window}. */
    static BucketConfiguration configuration(int capacity, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build();
    }

    /** A bucket in this node's memory, full, with the given limits. */
    static Bucket newBucket(Clock clock, BucketConfiguration configuration) {
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(timeMeter(clock));
        for (Bandwidth limit : configuration.getBandwidths()) {
            builder.addLimit(limit);
        }
        return builder.build();
    }

    /** Takes one token: empty if taken, otherwise how long until one is there. */
    static Optional<Duration> tryTake(Bucket bucket) {
        return waitIfRefused(bucket.tryConsumeAndReturnRemaining(1));
    }

    /** Empty if the token was taken, otherwise how long until one is there. */
    static Optional<Duration> waitIfRefused(ConsumptionProbe probe) {
        return probe.isConsumed() ? Optional.empty() : Optional.of(waitOf(probe.getNanosToWaitForRefill()));
    }

    /** A wait in whole seconds, at least one: what people are told. */
    static Duration waitOf(long nanos) {
        return roundUpToSeconds(Duration.ofNanos(Math.max(nanos, 1)));
    }

    static Duration roundUpToSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    /** Bucket4j's time, taken from our clock so that tests can move it. */
    static TimeMeter timeMeter(Clock clock) {
        return new ClockTimeMeter(clock);
    }

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
