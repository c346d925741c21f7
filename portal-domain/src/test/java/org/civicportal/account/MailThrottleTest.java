package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailThrottleTest {

    private final LoginThrottleTest.MovableClock clock = new LoginThrottleTest.MovableClock();
    private final MailThrottle throttle = new MailThrottle(clock, MailThrottle.Limits.defaults());

    @Test
    void threeMessagesPerMailboxAnHourWhateverTheNetwork() {
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.tryMailTo(7L), "message " + i);
        }
        assertFalse(throttle.tryMailTo(7L));
        assertTrue(throttle.tryMailTo(8L), "another mailbox is not affected");
        clock.advance(Duration.ofMinutes(20));
        assertTrue(throttle.tryMailTo(7L), "one comes back after a third of the hour");
        assertFalse(throttle.tryMailTo(7L));
    }

    @Test
    void twentyRequestsPerNetworkAnHourThenAWait() {
        for (int i = 0; i < 20; i++) {
            assertEquals(Optional.empty(), throttle.tryRequest("2001:db8:5:6::" + (i + 1)), "request " + i);
        }
        Duration wait = throttle.tryRequest("2001:db8:5:6::99").orElseThrow();
        assertTrue(wait.compareTo(Duration.ZERO) > 0 && wait.compareTo(Duration.ofHours(1)) <= 0, wait.toString());
        assertEquals(Optional.empty(), throttle.tryRequest("198.51.100.20"), "another network is not affected");
    }
}
