package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The log-in throttle is consulted before any password hash is computed. */
class LoginServiceTest {

    private final AtomicInteger hashesComputed = new AtomicInteger();

    /** Counts the hashes it is asked to compute; a throttled attempt must cause none. */
    private final PasswordHasher countingHasher = new PasswordHasher() {
        @Override
        public boolean verify(String password, String storedHash) {
            hashesComputed.incrementAndGet();
            return super.verify(password, storedHash);
        }

        @Override
        public void verifyAgainstDummy(String password) {
            hashesComputed.incrementAndGet();
            super.verifyAgainstDummy(password);
        }
    };

    @Test
    void anAttemptFromAThrottledNetworkIsAnsweredWithoutComputingAnyHashOrReadingTheDatabase() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.Limits.defaults());
        for (int attempt = 0; attempt < LoginThrottle.Limits.defaults().attemptsPerAddress(); attempt++) {
            assertTrue(throttle.tryAttempt(null, "192.0.2.7").isEmpty());
        }
        LoginService service = new LoginService();
        service.throttle = throttle;
        service.hasher = countingHasher;
        service.clock = clock;
        service.em = null; // reaching the database would fail the test with a NullPointerException

        LoginOutcome outcome = service.logIn("Chief@City.example.org", "any password at all", "192.0.2.7");

        assertEquals(LoginOutcome.Status.THROTTLED, outcome.status());
        assertEquals(0, hashesComputed.get());
        assertTrue(outcome.retryAfter().compareTo(Duration.ZERO) > 0);
        assertTrue(outcome.message().startsWith("Too many attempts."), outcome.message());
    }

    @Test
    void emptyOrOversizedInputIsRefusedBeforeTheThrottleAndTheHasher() {
        LoginService service = new LoginService();
        service.hasher = countingHasher;
        assertEquals(LoginOutcome.Status.INVALID, service.logIn("", "password", "192.0.2.8").status());
        assertEquals(LoginOutcome.Status.INVALID, service.logIn("a@b.example", "", "192.0.2.8").status());
        assertEquals(LoginOutcome.Status.INVALID,
                service.logIn("a@b.example", "x".repeat(LoginService.MAX_PASSWORD_INPUT + 1), "192.0.2.8").status());
        assertEquals(0, hashesComputed.get());
    }
}
