package org.civicportal.marketplace;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Looks for providers to remind every ten minutes, on every node; {@link RequestReminders} claims
 * each reminder so that it goes out once.
 */
@Singleton
public class RequestReminderTick {

    @Inject
    RequestReminders reminders;

    @Schedule(hour = "*", minute = "*/10", second = "30", persistent = false)
    public void everyTenMinutes() {
        reminders.remindDue();
    }
}
