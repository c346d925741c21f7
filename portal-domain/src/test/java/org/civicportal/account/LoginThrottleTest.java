package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.Limits.defaults());

    @Test
    void fiveAttemptsPerAccountThenAWaitOfAtMostTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.tryAttempt("mayor@town.example", "198.51.100.1"));
        }
        Duration wait = throttle.tryAttempt("mayor@town.example", "198.51.100.1").orElseThrow();
        assertTrue(wait.compareTo(Duration.ZERO) > 0 && wait.compareTo(Duration.ofMinutes(15)) <= 0, wait.toString());
    }

    @Test
    void theDelayIsSoftAttemptsComeBackAsTimePasses() {
        for (int i = 0; i < 5; i++) {
            throttle.tryAttempt("mayor@town.example", "198.51.100.1");
        }
        Duration wait = throttle.tryAttempt("mayor@town.example", "198.51.100.1").orElseThrow();
        clock.advance(wait);
        assertEquals(Optional.empty(), throttle.tryAttempt("mayor@town.example", "198.51.100.1"));
        clock.advance(Duration.ofMinutes(15));
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.tryAttempt("mayor@town.example", "198.51.100.1"), "attempt " + i);
        }
    }

    @Test
    void theAccountKeyIgnoresCaseAndSpaces() {
        for (int i = 0; i < 5; i++) {
            throttle.tryAttempt(" Mayor@Town.example ", "198.51.100.1");
        }
        assertTrue(throttle.tryAttempt("mayor@town.example", "198.51.100.2").isPresent());
    }

    @Test
    void oneBlockedAccountDoesNotBlockOthersFromTheSameAddress() {
        for (int i = 0; i < 6; i++) {
            throttle.tryAttempt("mayor@town.example", "198.51.100.1");
        }
        assertEquals(Optional.empty(), throttle.tryAttempt("clerk@town.example", "198.51.100.1"));
    }

    @Test
    void anAddressTryingManyAccountsIsBlockedAfterThirty() {
        for (int i = 0; i < 30; i++) {
            assertEquals(Optional.empty(), throttle.tryAttempt("person" + i + "@town.example", "203.0.113.9"));
        }
        assertTrue(throttle.tryAttempt("someone.else@town.example", "203.0.113.9").isPresent());
        assertEquals(Optional.empty(), throttle.tryAttempt("someone.else@town.example", "203.0.113.10"),
                "another address is not affected");
    }

    @Test
    void aRefusedAttemptTakesNothingFromTheOtherAllowance() {
        for (int i = 0; i < 5; i++) {
            throttle.tryAttempt("mayor@town.example", "198.51.100.1");
        }
        for (int i = 0; i < 10; i++) {
            assertTrue(throttle.tryAttempt("mayor@town.example", "198.51.100.1").isPresent());
        }
        // the address used 5 of its 30; the 10 refusals took none
        for (int i = 0; i < 25; i++) {
            assertEquals(Optional.empty(), throttle.tryAttempt("other" + i + "@town.example", "198.51.100.1"), "attempt " + i);
        }
    }

    @Test
    void theRightPasswordRestoresTheAccountsAllowance() {
        for (int i = 0; i < 4; i++) {
            throttle.tryAttempt("mayor@town.example", "198.51.100.1");
        }
        throttle.succeeded("mayor@town.example", "198.51.100.1");
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.tryAttempt("mayor@town.example", "198.51.100.1"), "attempt " + i);
        }
    }
}
