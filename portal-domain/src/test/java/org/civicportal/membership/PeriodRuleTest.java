package org.civicportal.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** Which days a join or a renewal buys, for both kinds of period. */
class PeriodRuleTest {

    private final PeriodRule calendar = new PeriodRule(PeriodKind.CALENDAR_YEAR, MonthDay.of(10, 1));
    private final PeriodRule anniversary = new PeriodRule(PeriodKind.ANNIVERSARY, null);

    private static MembershipPeriod period(String start, String end) {
        return new MembershipPeriod(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void aCalendarYearJoinerIsCoveredToTheEndOfTheYear() {
        assertEquals(period("2026-01-01", "2026-12-31"), calendar.joining(LocalDate.parse("2026-01-01")));
        assertEquals(period("2026-09-30", "2026-12-31"), calendar.joining(LocalDate.parse("2026-09-30")));
    }

    @Test
    void aLateJoinerGetsTheRestOfTheYearAndTheNextYear() {
        assertEquals(period("2026-10-01", "2027-12-31"), calendar.joining(LocalDate.parse("2026-10-01")));
        assertEquals(period("2026-12-31", "2027-12-31"), calendar.joining(LocalDate.parse("2026-12-31")));
    }

    @Test
    void aCalendarYearWithoutALateJoinerRuleEndsThatYear() {
        PeriodRule noLateRule = new PeriodRule(PeriodKind.CALENDAR_YEAR, null);
        assertEquals(period("2026-12-15", "2026-12-31"), noLateRule.joining(LocalDate.parse("2026-12-15")));
    }

    @Test
    void anAnniversaryPeriodIsTwelveMonthsLessADay() {
        assertEquals(period("2026-03-15", "2027-03-14"), anniversary.joining(LocalDate.parse("2026-03-15")));
        assertEquals(period("2026-01-01", "2026-12-31"), anniversary.joining(LocalDate.parse("2026-01-01")));
    }

    @Test
    void anAnniversaryPeriodAcrossLeapDaysHasItsFullLength() {
        assertEquals(period("2027-03-01", "2028-02-29"), anniversary.joining(LocalDate.parse("2027-03-01")), "366 days in a leap year");
        assertEquals(period("2028-02-29", "2029-02-28"), anniversary.joining(LocalDate.parse("2028-02-29")));
        assertEquals(period("2028-02-28", "2029-02-27"), anniversary.joining(LocalDate.parse("2028-02-28")));
    }

    @Test
    void anEarlyRenewalExtendsFromTheEndDateNotFromToday() {
        MembershipPeriod current = period("2026-03-15", "2027-03-14");
        assertEquals(period("2027-03-15", "2028-03-14"), anniversary.renewing(current, LocalDate.parse("2027-02-01"), false));
        MembershipPeriod year = period("2026-01-01", "2026-12-31");
        assertEquals(period("2027-01-01", "2027-12-31"), calendar.renewing(year, LocalDate.parse("2026-11-20"), false));
    }

    @Test
    void aRenewalDuringGraceStillContinuesFromTheEndDate() {
        MembershipPeriod year = period("2026-01-01", "2026-12-31");
        assertEquals(period("2027-01-01", "2027-12-31"), calendar.renewing(year, LocalDate.parse("2027-01-20"), false));
    }

    @Test
    void aRenewalAfterALapseStartsANewPeriodFromToday() {
        MembershipPeriod old = period("2025-03-15", "2026-03-14");
        assertEquals(period("2026-07-01", "2027-06-30"), anniversary.renewing(old, LocalDate.parse("2026-07-01"), true));
        MembershipPeriod oldYear = period("2025-01-01", "2025-12-31");
        assertEquals(period("2026-11-02", "2027-12-31"), calendar.renewing(oldYear, LocalDate.parse("2026-11-02"), true),
                "a lapsed member re-joining late in the year is a late joiner too");
    }

    @Test
    void renewingAnAnniversaryThatStartedOnALeapDay() {
        MembershipPeriod leap = period("2028-02-29", "2029-02-28");
        assertEquals(period("2029-03-01", "2030-02-28"), anniversary.renewing(leap, LocalDate.parse("2029-02-01"), false));
    }
}
