package org.civicportal.content;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import org.civicportal.shared.jobs.JobLeases;

/**
 * Publishes approved revisions when their time comes, checked at the start of every minute by one
 * node of however many, so a time set to the minute is honoured to the minute. Each revision is
 * claimed under its item's lock before it goes live, so it goes live once even if two runs meet.
 */
@Singleton
public class LibraryPublishing {

    @Inject
    LibraryEditing editing;

    @Inject
    JobLeases leases;

    /** How often {@link #everyMinute()} fires, as its schedule says: its lease lasts a little less. */
    private static final Duration PERIOD = Duration.ofMinutes(1);

    @Schedule(hour = "*", minute = "*", second = "0", persistent = false)
    public void everyMinute() {
        leases.runOnOneNode("library-publishing", PERIOD, editing::publishDue);
    }
}
