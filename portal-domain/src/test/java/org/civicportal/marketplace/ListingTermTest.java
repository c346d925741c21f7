package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListingTermTest {

    private static final LocalDate END = LocalDate.of(2028, 3, 31);

    @Test
    void aTermRunsTwelveMonthsItsLastDayIncluded() {
        assertEquals(LocalDate.of(2028, 2, 29), ListingTerm.endOfTermFrom(LocalDate.of(2027, 3, 1)));
        assertEquals(LocalDate.of(2028, 3, 31), ListingTerm.endOfTermFrom(LocalDate.of(2027, 4, 1)));
        assertFalse(ListingTerm.isOver(END, END), "the last day is still listed");
        assertTrue(ListingTerm.isOver(END, END.plusDays(1)));
    }

    @Test
    void renewalOpensThirtyDaysBeforeTheEndAndStaysOpenAfterIt() {
        assertFalse(ListingTerm.mayRenew(END, END.minusDays(31)));
        assertTrue(ListingTerm.mayRenew(END, END.minusDays(30)));
        assertTrue(ListingTerm.mayRenew(END, END));
        assertTrue(ListingTerm.mayRenew(END, END.plusDays(90)), "an expired listing may come back");
        assertFalse(ListingTerm.mayRenew(null, END), "a listing never approved has no term to renew");
    }

    @Test
    void aRenewalAddsTwelveMonthsToTheEndOrStartsFromTodayOnceItEnded() {
        assertEquals(LocalDate.of(2029, 3, 31), ListingTerm.renewedEnd(END, END.minusDays(10)));
        assertEquals(LocalDate.of(2029, 5, 9), ListingTerm.renewedEnd(END, LocalDate.of(2028, 5, 10)));
    }

    @Test
    void theRemindersAreDueThirtyAndSevenDaysBeforeTheEndTheNearestReachedFirst() {
        assertEquals(Optional.empty(), ListingTerm.reminderDue(END, END.minusDays(31)));
        assertEquals(Optional.of(30), ListingTerm.reminderDue(END, END.minusDays(30)));
        assertEquals(Optional.of(30), ListingTerm.reminderDue(END, END.minusDays(8)));
        assertEquals(Optional.of(7), ListingTerm.reminderDue(END, END.minusDays(7)));
        assertEquals(Optional.of(7), ListingTerm.reminderDue(END, END.minusDays(2)), "a missed tick still sends the 7-day one");
        assertEquals(Optional.of(7), ListingTerm.reminderDue(END, END));
        assertEquals(Optional.empty(), ListingTerm.reminderDue(END, END.plusDays(1)));
    }
}
