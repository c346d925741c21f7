package org.civicportal.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.civicportal.account.Account;
import org.civicportal.shared.PortalSettings;
import org.civicportal.shared.mail.Attachment;
import org.civicportal.shared.mail.Mailer;

/**
 * The messages people get about their registrations, each written to the outbox in the caller's
 * transaction. Invitations carry the event's calendar file; its SEQUENCE grows with every change
 * of the event or of the registration, so calendars replace the older entry.
 */
@ApplicationScoped
public class EventMails {

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    void registered(Registration registration, Event event) {
        send(registration, "You are registered: " + event.getTitle(),
                "You are registered for \"" + event.getTitle() + "\", " + when(event) + ", " + event.getPlace() + ".\n"
                + (event.isOnline() ? "The join link appears on the event page shortly before the start: " : "Details: ")
                + pageOf(event) + "\n"
                + "The attached file adds it to your calendar. If you cannot come, please cancel so someone on the waitlist gets the seat.\n",
                invitation(registration, event));
    }

    void waitlisted(Registration registration, Event event) {
        send(registration, "You are on the waitlist: " + event.getTitle(),
                "\"" + event.getTitle() + "\" is full, so you are on the waitlist. If a seat opens up, it goes to the first"
                + " on the list and we email you at once.\n" + pageOf(event) + "\n", null);
    }

    void registrationCancelled(Registration registration, Event event) {
        send(registration, "Registration cancelled: " + event.getTitle(),
                "Your registration for \"" + event.getTitle() + "\" is cancelled. The attached file removes it from your calendar.\n",
                cancellation(registration, event));
    }

    /** A seat for someone who was waiting: freed by a cancellation, or given by the organisers. */
    void promoted(Registration registration, Event event, String why) {
        send(registration, "A seat opened up: " + event.getTitle(),
                why + " you moved from the waitlist to a seat at \"" + event.getTitle() + "\", " + when(event) + ".\n"
                + "If you can no longer attend, please cancel so the next person gets the seat: "
                + settings.link("events/my-events.xhtml") + "\n", invitation(registration, event));
    }

    /** The organisers cancelled the event: seat holders also get a calendar cancellation. */
    void eventCancelled(Registration registration, Event event) {
        boolean seated = registration.getStatus() == RegistrationStatus.REGISTERED;
        send(registration, "Event cancelled: " + event.getTitle(),
                "We are sorry: \"" + event.getTitle() + "\", planned for " + when(event) + ", is cancelled. "
                + (seated ? "The attached file removes it from your calendar.\n" : "You were on its waitlist; nothing else is needed.\n")
                + pageOf(event) + "\n",
                seated ? cancellation(registration, event) : null);
    }

    /** The event moved in time or place: seat holders get the updated calendar entry. */
    void eventChanged(Registration registration, Event event) {
        send(registration, "Event changed: " + event.getTitle(),
                "\"" + event.getTitle() + "\" has changed. It is now " + when(event) + ", " + event.getPlace() + ".\n"
                + "The attached file updates your calendar. If you can no longer come, please cancel: " + pageOf(event) + "\n",
                invitation(registration, event));
    }

    private void send(Registration registration, String subject, String text, Attachment attachment) {
        Account account = registration.getAccount();
        String body = "Hello " + account.getFullName() + ",\n\n" + text;
        if (attachment == null) {
            mailer.send(account.getEmail(), subject, body);
        } else {
            mailer.send(account.getEmail(), subject, body, attachment);
        }
    }

    private String when(Event event) {
        return EventTimes.dayAndTime(event.getStartsAt(), event.zone());
    }

    private String pageOf(Event event) {
        return settings.link("events/event.xhtml?id=" + event.getId());
    }

    private CalendarFile.Entry entry(Registration registration, Event event) {
        return event.calendarEntry(pageOf(event), event.getVersion() + registration.getVersion());
    }

    private Attachment invitation(Registration registration, Event event) {
        return new Attachment("event-" + event.getId() + ".ics", "text/calendar; method=REQUEST",
                CalendarFile.invitation(entry(registration, event), clock.instant()));
    }

    private Attachment cancellation(Registration registration, Event event) {
        return new Attachment("event-" + event.getId() + ".ics", "text/calendar; method=CANCEL",
                CalendarFile.cancellation(entry(registration, event), clock.instant()));
    }
}
