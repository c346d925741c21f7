package org.civicportal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.civicportal.testing.Accessibility;
import org.civicportal.testing.Browser;
import org.civicportal.testing.Journeys;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.MovableClock;
import org.civicportal.testing.PortalDeployment;
import org.civicportal.testing.TestControlServlet;
import org.civicportal.testing.TestPeople;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A member browses the catalog → registers → sees the join link only near the start → cancels →
 * the first on the waitlist gets the seat and an email.
 */
@ExtendWith(ArquillianExtension.class)
class EventJourney {

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.smtpServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aSeatPassesFromAMemberWhoCancelsToTheFirstOnTheWaitlist() throws Exception {
        Instant now = Instant.parse("2026-12-01T15:00:00Z");
        control("clock=" + now);
        Instant startsAt = Instant.parse("2026-12-10T19:00:00Z"); // 2:00 PM in New York
        String title = "Shared Dispatch Centers: A Practical Guide";
        String eventId = control("capacity=1&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&startsAt=" + startsAt);

        String first = Journeys.newEmail("avery");
        String second = Journeys.newEmail("blair");
        String password = "dispatch at dawn 24";
        try (Browser avery = Browser.open(base); Browser blair = Browser.open(base)) {
            Journeys.signUpAndConfirm(avery, smtp, "Avery Stone", first, password);
            Journeys.signUpAndConfirm(blair, smtp, "Blair Quinn", second, password);
            Journeys.logIn(avery, first, password);
            Journeys.logIn(blair, second, password);

            // the catalog lists it with its time in the event's zone
            avery.go("events/events.xhtml");
            Accessibility.assertNoViolations(avery.driver());
            assertTrue(avery.find("#events").getText().contains(title));
            avery.clickAndWait("#events a[href*='id=" + eventId + "']");
            assertEquals(title, avery.heading());
            assertEquals("Thursday, December 10, 2026, 2:00 PM EST (New York time) (60 minutes)", avery.find("#when").getText());
            Accessibility.assertNoViolations(avery.driver());
            avery.clickAndWait("#registration\\:register");
            assertEquals("You are registered.", avery.find("#registered").getText());
            assertTrue(avery.find("#join-later").getText().contains("1:30 PM"), "no join link yet: it shows 30 minutes before");
            Calendar invitation = calendarIn(Mailbox.awaitMessage(smtp, first, "You are registered"));
            assertEquals("REQUEST", invitation.getProperty("METHOD").orElseThrow().getValue());
            VEvent entry = invitation.<VEvent>getComponent("VEVENT").orElseThrow();
            assertEquals("event-" + eventId + "@civicportal", entry.getProperty("UID").orElseThrow().getValue());
            assertEquals(startsAt, java.time.ZonedDateTime.from(entry.getDateTimeStart().getDate()).toInstant());

            // the event is full: the next person is offered the waitlist
            blair.go("events/event.xhtml?id=" + eventId);
            assertTrue(blair.find("#verdict").getText().startsWith("This event is full."));
            assertEquals("Join the waitlist", blair.find("#registration\\:register").getText());
            blair.clickAndWait("#registration\\:register");
            assertEquals("You are on the waitlist.", blair.find("#registered").getText());

            // 20 minutes before the start the join link appears for the registered member only
            control("clock=" + startsAt.minus(Duration.ofMinutes(20)));
            avery.go("events/event.xhtml?id=" + eventId);
            assertTrue(avery.find("#join-link").getAttribute("href").startsWith("https://webinar.example.org/join/"));
            blair.go("events/event.xhtml?id=" + eventId);
            assertTrue(blair.findAll("#join-link").isEmpty(), "not for the waitlist");

            // so close to the start, cancelling is closed (the cut-off is 2 hours)
            assertTrue(avery.findAll("#registration\\:cancel").isEmpty());
            assertTrue(avery.mainText().contains("Cancellations are closed"), avery.mainText());

            // earlier, a cancellation hands the seat to the first on the waitlist, who is told by email
            control("clock=" + startsAt.minus(Duration.ofHours(3)));
            avery.go("events/event.xhtml?id=" + eventId);
            avery.clickAndWait("#registration\\:cancel");
            assertTrue(avery.mainText().contains("Your registration is cancelled."), avery.mainText());
            Calendar cancellation = calendarIn(Mailbox.awaitMessage(smtp, first, "Registration cancelled"));
            assertEquals("CANCEL", cancellation.getProperty("METHOD").orElseThrow().getValue());
            assertEquals("event-" + eventId + "@civicportal",
                    cancellation.<VEvent>getComponent("VEVENT").orElseThrow().getProperty("UID").orElseThrow().getValue(), "same UID");
            String mail = Mailbox.text(Mailbox.awaitMessage(smtp, second, "A seat opened up"));
            assertTrue(mail.contains(title), mail);
            blair.go("events/event.xhtml?id=" + eventId);
            assertEquals("You are registered.", blair.find("#registered").getText());
            blair.go("events/my-events.xhtml");
            assertTrue(blair.find("#upcoming").getText().contains(title + ", Thursday, December 10, 2026"));
            Accessibility.assertNoViolations(blair.driver());
        }
    }

    /** The .ics attached to a message, read by ical4j as a calendar program would. */
    private static Calendar calendarIn(jakarta.mail.internet.MimeMessage message) throws Exception {
        String ics = Mailbox.attachment(message, "text/calendar");
        assertTrue(ics != null, "the message has a calendar file attached");
        Calendar calendar = new CalendarBuilder().build(new java.io.StringReader(ics));
        calendar.validate();
        return calendar;
    }

    private String control(String query) throws Exception {
        return TestControlServlet.call(base, query);
    }
}
