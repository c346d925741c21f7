package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginOutcomeTest {

    @Test
    void theWaitIsSaidInSecondsWhenShortAndInMinutesOtherwise() {
        assertTrue(LoginOutcome.throttled(Duration.ofSeconds(1)).message().contains("wait 1 second "));
        assertTrue(LoginOutcome.throttled(Duration.ofSeconds(45)).message().contains("wait 45 seconds "));
        assertTrue(LoginOutcome.throttled(Duration.ofSeconds(181)).message().contains("wait 4 minutes "));
    }

    @Test
    void unknownAddressAndWrongPasswordShareOneMessage() {
        LoginOutcome invalid = LoginOutcome.of(LoginOutcome.Status.INVALID);
        assertEquals("The email address or password is not right. Check both and try again.", invalid.message());
    }
}
