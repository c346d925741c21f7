package org.civicportal.marketplace;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Runs {@link ListingTerms#catchUp()} every ten minutes: reminders and the ends of terms. Catching up
 * after downtime is safe, as every notice is claimed once.
 */
@Singleton
public class ListingTermTick {

    @Inject
    ListingTerms terms;

    @Schedule(hour = "*", minute = "*/10", second = "30", persistent = false)
    public void everyTenMinutes() {
        terms.catchUp();
    }
}
