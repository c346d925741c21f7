package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import org.civicportal.events.EventTimes;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.ReadableDates;

/** Dates and times of listings, for providers' and moderators' pages: one way of writing them. */
@Named
@ApplicationScoped
public class ListingDates {

    @Inject
    CivilCalendar calendar;

    /** "March 31, 2028", or empty. */
    public String day(LocalDate day) {
        return day == null ? "" : ReadableDates.DAY.format(day);
    }

    /** "Tuesday, March 18, 2027 at 9:00 AM EDT", or empty. */
    public String when(Instant instant) {
        return instant == null ? "" : EventTimes.dayAndTime(instant, calendar.zone());
    }

    /** Whether the provider may renew a listing whose term ends on that day, today. */
    public boolean mayRenew(Listing listing) {
        return listing.getLiveVersion() != null && ListingTerm.mayRenew(listing.getTermEndsOn(), calendar.today());
    }

    /** Whether the directory shows the listing today. */
    public boolean isListed(Listing listing) {
        return listing.isListedOn(calendar.today());
    }
}
