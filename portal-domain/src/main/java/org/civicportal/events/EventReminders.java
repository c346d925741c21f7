package org.civicportal.events;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civicportal.shared.PortalSettings;
import org.civicportal.shared.jobs.JobLeases;
import org.civicportal.shared.mail.Mailer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds registrants a configurable time before an event starts (default 24 hours). Each event
 * is claimed by a conditional UPDATE before its mails are queued, in the same transaction, so
 * the reminder goes out once however often the job runs. Each quarter hour one node of however
 * many runs it.
 */
@Singleton
public class EventReminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    @Inject
    JobLeases leases;

    @Inject
    @ConfigProperty(name = "portal.events.reminder-hours-before", defaultValue = "24")
    int hoursBefore;

    /** How often {@link #everyQuarterHour()} fires, as its schedule says: its lease lasts a little less. */
    private static final Duration PERIOD = Duration.ofMinutes(15);

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    public void everyQuarterHour() {
        leases.runOnOneNode("event-reminders", PERIOD, this::sendDue);
    }

    /**
     * Sends the reminders that are due and were not sent.
     *
     * @return how many mails were queued
     */
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        List<Event> due = em.createNamedQuery(Event.NEEDING_REMINDER, Event.class)
                .setParameter("now", now)
                .setParameter("until", now.plus(Duration.ofHours(hoursBefore)))
                .getResultList();
        for (Event event : due) {
            boolean claimed = em.createNamedQuery(Event.CLAIM_REMINDER).setParameter("now", now)
                    .setParameter("id", event.getId()).executeUpdate() == 1;
            if (!claimed) {
                continue;
            }
            List<Registration> seated = em.createQuery("SELECT r FROM Registration r JOIN FETCH r.account WHERE r.event = :event"
                    + " AND r.status = org.civicportal.events.RegistrationStatus.REGISTERED", Registration.class)
                    .setParameter("event", event)
                    .getResultList();
            for (Registration registration : seated) {
                var account = registration.getAccount();
                mailer.send(account.getEmail(), "Reminder: " + event.getTitle(),
                        "Hello " + account.getFullName() + ",\n\n"
                        + "\"" + event.getTitle() + "\" starts " + EventTimes.dayAndTime(event.getStartsAt(), event.zone())
                        + ", " + event.getPlace() + ".\n"
                        + (event.isOnline() ? "The join link appears on the event page shortly before the start: " : "Details: ")
                        + settings.link("events/event.xhtml?id=" + event.getId()) + "\n"
                        + "If you cannot come, please cancel there so someone on the waitlist gets your seat.\n");
                sent++;
            }
        }
        return sent;
    }
}
