package org.civicportal.account;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
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
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .withCustomTimePrecision(new ClockTimeMeter(clock))
                .build();
    }

    /** Takes one token: empty if taken, otherwise how long until one is there. */
    static Optional<Duration> tryTake(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        return Optional.of(roundUpToSeconds(Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1))));
    }

    static Duration roundUpToSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
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
