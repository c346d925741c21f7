package org.civicportal.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Statuses follow the calendar: active, grace, lapsed. */
class StandingTest {

    private final Standing paid = new Standing(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), 30, false);

    @Test
    void activeThroughTheLastPaidDayThenGraceThenLapsed() {
        assertEquals(MembershipStatus.ACTIVE, paid.on(LocalDate.parse("2026-12-31")));
        assertEquals(MembershipStatus.GRACE, paid.on(LocalDate.parse("2027-01-01")));
        assertEquals(MembershipStatus.GRACE, paid.on(LocalDate.parse("2027-01-30")));
        assertEquals(MembershipStatus.LAPSED, paid.on(LocalDate.parse("2027-01-31")));
    }

    @Test
    void goodStandingIsActiveOrGrace() {
        assertTrue(paid.isGoodStandingOn(LocalDate.parse("2027-01-30")));
        assertFalse(paid.isGoodStandingOn(LocalDate.parse("2027-01-31")));
        assertFalse(Standing.pending(30).isGoodStandingOn(LocalDate.parse("2026-06-01")));
        assertFalse(paid.isGoodStandingOn(LocalDate.parse("2025-12-31")), "not before the first paid day");
    }

    @Test
    void aCancelledMembershipIsNeverInGoodStandingNorRenewable() {
        Standing cancelled = new Standing(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), 30, true);
        assertEquals(MembershipStatus.CANCELLED, cancelled.on(LocalDate.parse("2026-06-01")));
        assertFalse(cancelled.canRenewOn(LocalDate.parse("2026-12-01"), 60));
    }

    @Test
    void renewalOpensTheConfiguredNumberOfDaysBeforeTheEnd() {
        assertFalse(paid.canRenewOn(LocalDate.parse("2026-10-31"), 60));
        assertTrue(paid.canRenewOn(LocalDate.parse("2026-11-01"), 60), "December 31 less 60 days");
        assertTrue(paid.canRenewOn(LocalDate.parse("2027-06-01"), 60), "after a lapse one can still renew");
        assertFalse(Standing.pending(30).canRenewOn(LocalDate.parse("2026-11-02"), 60));
    }

    @Test
    void zeroGraceDaysLapsesTheDayAfterTheEnd() {
        Standing strict = new Standing(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), 0, false);
        assertEquals(MembershipStatus.LAPSED, strict.on(LocalDate.parse("2027-01-01")));
    }
}
