package org.civicportal.marketplace;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import org.civicportal.shared.jobs.JobLeases;

/**
 * Runs {@link ListingTerms#catchUp()} every ten minutes, on one node of however many: reminders and
 * the ends of terms. Catching up after downtime is safe, as every notice is claimed once.
 */
@Singleton
public class ListingTermTick {

    @Inject
    ListingTerms terms;

    @Inject
    JobLeases leases;

    /** How often {@link #everyTenMinutes()} fires, as its schedule says: its lease lasts a little less. */
    private static final Duration PERIOD = Duration.ofMinutes(10);

    @Schedule(hour = "*", minute = "*/10", second = "30", persistent = false)
    public void everyTenMinutes() {
        leases.runOnOneNode("listing-terms", PERIOD, terms::catchUp);
    }
}
