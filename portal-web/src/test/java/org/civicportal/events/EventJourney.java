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
import java.util.List;
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

    /**
     * The catalog tells a visitor, card by card, when registration closes (in the event's zone,
     * counted on its calendar) and how many seats are left, and offers "Join" on a members-only
     * event to anyone who is not a member in good standing; the filters only offer kinds and
     * topics that have events in the chosen period. Dates are years ahead of the other journeys'
     * events, so "upcoming" holds only this test's.
     */
    @Test
    void theCatalogSaysWhenRegistrationClosesSeatsLeftAndHowToJoin() throws Exception {
        control("clock=2031-02-01T15:00:00Z");
        String pastTopic = "Fleet sharing " + System.nanoTime();
        control("capacity=30&kind=CONFERENCE_SESSION&topic=" + URLEncoder.encode(pastTopic, StandardCharsets.UTF_8)
                + "&title=Fleet%20Pools%20in%20Practice&startsAt=2031-02-10T16:00:00Z");
        String memberEmail = Journeys.newEmail("casey");
        String password = "pooled fleets 2031";
        control("account=" + memberEmail + "&name=Casey%20Lund&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&roles=MEMBER&paid=true");
        // Monday, March 3, 2031, 10:00 AM in New York; the webinar starts Thursday at 5:00 PM and registration closes an hour before
        control("clock=2031-03-03T15:00:00Z");
        String upcomingTopic = "Shared dispatch " + System.nanoTime();
        String title = "Members' Briefing: Shared Dispatch Budgets";
        String eventId = control("capacity=40&audience=MEMBERS_ONLY&topic=" + URLEncoder.encode(upcomingTopic, StandardCharsets.UTF_8)
                + "&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&startsAt=2031-03-06T22:00:00Z");

        try (Browser visitor = Browser.open(base); Browser member = Browser.open(base)) {
            visitor.go("events/events.xhtml");
            String card = visitor.find("#events li:has(a[href*='id=" + eventId + "'])").getText();
            assertTrue(card.contains("Registration closes in 3 days, Thursday, March 6 at 4:00 PM EST (New York time)"), card);
            assertTrue(card.contains("40 seats left"), card);
            assertTrue(visitor.find("#events li:has(a[href*='id=" + eventId + "']) a.join").getAttribute("href").endsWith("/dues.xhtml"),
                    "a visitor is offered the way to join");
            assertEquals(List.of("All types", "Webinar"), options(visitor, "#kind"), "no conference session is upcoming");
            List<String> topics = options(visitor, "#topic");
            assertTrue(topics.contains(upcomingTopic) && !topics.contains(pastTopic), topics.toString());
            Accessibility.assertNoViolations(visitor.driver());

            visitor.go("events/events.xhtml?when=past");
            assertTrue(options(visitor, "#kind").contains("Conference session"), options(visitor, "#kind").toString());
            assertTrue(options(visitor, "#topic").contains(pastTopic) && !options(visitor, "#topic").contains(upcomingTopic));
            assertTrue(visitor.findAll("#events a.join").isEmpty(), "nobody is invited to join for a past event");

            // the event page tells a visitor how to become a member, and counts the hours on the closing day
            control("clock=2031-03-06T14:00:00Z");
            visitor.go("events/event.xhtml?id=" + eventId);
            assertEquals("Registration closes today at 4:00 PM EST (New York time)", visitor.find("#deadline").getText());
            assertTrue(visitor.find("#become-member").getText().contains("Not a member yet?"), visitor.mainText());
            assertTrue(visitor.find("#dues-link").getAttribute("href").endsWith("/dues.xhtml"));
            Accessibility.assertNoViolations(visitor.driver());

            // a member in good standing is not asked to join
            Journeys.logIn(member, memberEmail, password);
            member.go("events/events.xhtml");
            assertTrue(member.find("#events").getText().contains(title));
            assertTrue(member.findAll("#events a.join").isEmpty(), member.find("#events").getText());
            member.go("events/event.xhtml?id=" + eventId);
            assertTrue(member.findAll("#become-member").isEmpty(), member.mainText());
        }
    }

    private static List<String> options(Browser browser, String select) {
        return browser.findAll(select + " option").stream().map(o -> o.getText()).toList();
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
