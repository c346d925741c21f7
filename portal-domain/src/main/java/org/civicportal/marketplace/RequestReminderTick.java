package org.civicportal.marketplace;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import org.civicportal.shared.jobs.JobLeases;

/**
 * Looks for providers to remind every ten minutes, on one node of however many; {@link RequestReminders}
 * claims each reminder so that it goes out once even if two runs meet.
 */
@Singleton
public class RequestReminderTick {

    @Inject
    RequestReminders reminders;

    @Inject
    JobLeases leases;

    /** How often {@link #everyTenMinutes()} fires, as its schedule says: its lease lasts a little less. */
    private static final Duration PERIOD = Duration.ofMinutes(10);

    @Schedule(hour = "*", minute = "*/10", second = "30", persistent = false)
    public void everyTenMinutes() {
        leases.runOnOneNode("request-reminders", PERIOD, reminders::remindDue);
    }
}
