package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A mailed link works once, until just before its expiry instant, for its own purpose only. */
class AccountTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-11-25T08:00:00Z");

    private final AccountToken reset = new AccountToken(null, TokenPurpose.RESET_PASSWORD, "digest", ISSUED);

    @Test
    void aResetLinkWorksForOneHourExclusive() {
        assertNull(reset.problemAt(ISSUED.plus(Duration.ofMinutes(59)).plusSeconds(59), TokenPurpose.RESET_PASSWORD));
        assertEquals(TokenProblem.EXPIRED, reset.problemAt(ISSUED.plus(Duration.ofHours(1)), TokenPurpose.RESET_PASSWORD));
    }

    @Test
    void aUsedLinkIsRefusedEvenBeforeItExpires() {
        reset.use(ISSUED.plusSeconds(10));
        assertEquals(TokenProblem.ALREADY_USED, reset.problemAt(ISSUED.plusSeconds(20), TokenPurpose.RESET_PASSWORD));
    }

    @Test
    void aLinkForOnePurposeDoesNotServeAnother() {
        assertEquals(TokenProblem.UNKNOWN, reset.problemAt(ISSUED.plusSeconds(1), TokenPurpose.VERIFY_EMAIL));
    }

    @Test
    void aConfirmationLinkWorksFor48Hours() {
        AccountToken verify = new AccountToken(null, TokenPurpose.VERIFY_EMAIL, "digest", ISSUED);
        assertNull(verify.problemAt(ISSUED.plus(Duration.ofHours(47)), TokenPurpose.VERIFY_EMAIL));
        assertEquals(TokenProblem.EXPIRED, verify.problemAt(ISSUED.plus(Duration.ofHours(48)), TokenPurpose.VERIFY_EMAIL));
    }
}
