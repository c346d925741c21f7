package org.civicportal.content;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Publishes approved revisions when their time comes, checked at the start of every minute, so a
 * time set to the minute is honoured to the minute. Each revision is claimed under its item's lock
 * before it goes live, so it goes live once even when several nodes run this.
 */
@Singleton
public class LibraryPublishing {

    @Inject
    LibraryEditing editing;

    @Schedule(hour = "*", minute = "*", second = "0", persistent = false)
    public void everyMinute() {
        editing.publishDue();
    }
}
