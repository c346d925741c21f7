package org.civicportal.marketplace;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a listing's term, on civil dates of the association's calendar: a term runs twelve
 * months from approval (its last day included); the provider may renew in the last 30 days or after
 * it ended, for twelve months more from the end (or from today, once it ended); reminders go 30 and
 * 7 days before the end.
 */
public final class ListingTerm {

    /** How long a term runs. */
    public static final int TERM_MONTHS = 12;

    /** How many days before the end renewal opens. */
    public static final int RENEWAL_WINDOW_DAYS = 30;

    /** Days before the end when the provider is reminded, furthest first. */
    public static final List<Integer> REMINDER_DAYS = List.of(30, 7);

    private ListingTerm() {
    }

    /** The last day of a term that starts on {@code start}. */
    public static LocalDate endOfTermFrom(LocalDate start) {
        return start.plusMonths(TERM_MONTHS).minusDays(1);
    }

    /** Whether a listing whose term ends on {@code end} may be renewed {@code today}. */
    public static boolean mayRenew(LocalDate end, LocalDate today) {
        return end != null && !today.isBefore(end.minusDays(RENEWAL_WINDOW_DAYS));
    }

    /** The end of the renewed term: twelve months after the current end, or from today once it ended. */
    public static LocalDate renewedEnd(LocalDate end, LocalDate today) {
        return today.isAfter(end) ? endOfTermFrom(today) : end.plusMonths(TERM_MONTHS);
    }

    /**
     * The reminder due {@code today} for a term ending on {@code end}: the smallest offset reached,
     * so a listing 5 days from its end gets the 7-day reminder (once) even if a tick was missed.
     */
    public static Optional<Integer> reminderDue(LocalDate end, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, end);
        if (daysLeft < 0) {
            return Optional.empty();
        }
        return REMINDER_DAYS.stream().filter(d -> daysLeft <= d).min(Integer::compare);
    }

    /** Whether the term is over on {@code today} (the last day itself is still listed). */
    public static boolean isOver(LocalDate end, LocalDate today) {
        return end != null && today.isAfter(end);
    }
}
