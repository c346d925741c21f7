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

    private static final long MAYOR = 41L;
    private static final long CLERK = 42L;

    @Test
    void fiveAttemptsPerAccountThenAWaitOfAtMostTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.tryAttempt(MAYOR, "198.51.100.1"));
        }
        Duration wait = throttle.tryAttempt(MAYOR, "198.51.100.1").orElseThrow();
        assertTrue(wait.compareTo(Duration.ZERO) > 0 && wait.compareTo(Duration.ofMinutes(15)) <= 0, wait.toString());
    }

    @Test
    void theDelayIsSoftAttemptsComeBackAsTimePasses() {
        for (int i = 0; i < 5; i++) {
            throttle.tryAttempt(MAYOR, "198.51.100.1");
        }
        Duration wait = throttle.tryAttempt(MAYOR, "198.51.100.1").orElseThrow();
        clock.advance(wait);
        assertEquals(Optional.empty(), throttle.tryAttempt(MAYOR, "198.51.100.1"));
        clock.advance(Duration.ofMinutes(15));
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.tryAttempt(MAYOR, "198.51.100.1"), "attempt " + i);
        }
    }

    @Test
    void theAccountsAllowanceIsSharedByEveryNetwork() {
        for (int i = 0; i < 5; i++) {
            throttle.tryAttempt(MAYOR, "198.51.100." + (i + 1));
        }
        assertTrue(throttle.tryAttempt(MAYOR, "203.0.113.77").isPresent());
    }

    @Test
    void oneBlockedAccountDoesNotBlockOthersFromTheSameAddress() {
        for (int i = 0; i < 6; i++) {
            throttle.tryAttempt(MAYOR, "198.51.100.1");
        }
        assertEquals(Optional.empty(), throttle.tryAttempt(CLERK, "198.51.100.1"));
    }

    @Test
    void anAddressTryingManyAccountsIsBlockedAfterThirty() {
        for (int i = 0; i < 30; i++) {
            assertEquals(Optional.empty(), throttle.tryAttempt(i % 2 == 0 ? null : 100L + i, "203.0.113.9"));
        }
        assertTrue(throttle.tryAttempt(null, "203.0.113.9").isPresent());
        assertTrue(throttle.addressWait("203.0.113.9").isPresent());
        assertEquals(Optional.empty(), throttle.tryAttempt(null, "203.0.113.10"), "another address is not affected");
    }

    @Test
    void everyAddressOfAnIpv6SlashSixtyFourSharesOneAllowance() {
        for (int i = 0; i < 30; i++) {
            assertEquals(Optional.empty(), throttle.tryAttempt(null, "2001:db8:1:2::" + Integer.toHexString(i + 1)), "attempt " + i);
        }
        assertTrue(throttle.tryAttempt(null, "2001:db8:1:2:ffff:ffff:ffff:ffff").isPresent());
        assertTrue(throttle.tryAttempt(null, "[2001:0DB8:0001:0002:0:0:0:abcd]").isPresent(), "any spelling of the same /64");
        assertEquals(Optional.empty(), throttle.tryAttempt(null, "2001:db8:1:3::1"), "the next /64 is another network");
    }

    @Test
    void networkKeysAreIpv4AsItIsAndIpv6ByItsSlashSixtyFour() {
        assertEquals("198.51.100.1", ClientBuckets.networkKey(" 198.51.100.1 "));
        assertEquals(ClientBuckets.networkKey("2001:db8:a:b::1"), ClientBuckets.networkKey("2001:db8:a:b:1:2:3:4%eth0"));
        assertEquals("198.51.100.1", ClientBuckets.networkKey("::ffff:198.51.100.1"));
        assertEquals("unknown", ClientBuckets.networkKey(null));
        assertEquals("not-an-ip.example", ClientBuckets.networkKey("not-an-ip.example"), "never resolved by DNS");
    }

    @Test
    void unknownAddressesCreateNoAccountAllowanceSoJunkCannotPushOutAVictims() {
        for (int i = 0; i < 5; i++) {
            throttle.tryAttempt(MAYOR, "198.51.100.1");
        }
        // more junk attempts, from more networks, than any bounded map would keep
        for (int i = 0; i < ClientBuckets.MAX_KEYS + 1_000; i++) {
            throttle.tryAttempt(null, "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        assertEquals(1, throttle.accountsTracked());
        assertTrue(throttle.tryAttempt(MAYOR, "203.0.113.50").isPresent(), "the victim's account is still throttled");
    }

    @Test
    void aRefusedAttemptTakesNothingFromTheOtherAllowance() {
        for (int i = 0; i < 5; i++) {
            throttle.tryAttempt(MAYOR, "198.51.100.1");
        }
        for (int i = 0; i < 10; i++) {
            assertTrue(throttle.tryAttempt(MAYOR, "198.51.100.1").isPresent());
        }
        // the address used 5 of its 30; the 10 refusals took none
        for (int i = 0; i < 25; i++) {
            assertEquals(Optional.empty(), throttle.tryAttempt(1000L + i, "198.51.100.1"), "attempt " + i);
        }
    }

    @Test
    void theRightPasswordRestoresTheAccountsAllowance() {
        for (int i = 0; i < 4; i++) {
            throttle.tryAttempt(MAYOR, "198.51.100.1");
        }
        throttle.succeeded(MAYOR, "198.51.100.1");
        assertEquals(0, throttle.accountsTracked(), "a full allowance is not kept");
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.tryAttempt(MAYOR, "198.51.100.1"), "attempt " + i);
        }
    }

    @Test
    void passwordChecksOfOneAccountNeverBlockAnother() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.tryAccountAttempt(MAYOR));
        }
        assertTrue(throttle.tryAccountAttempt(MAYOR).isPresent());
        assertEquals(Optional.empty(), throttle.tryAccountAttempt(CLERK), "each account has its own allowance");
        assertTrue(throttle.tryAttempt(MAYOR, "198.51.100.1").isPresent(), "the same allowance as log-in");
    }
}
