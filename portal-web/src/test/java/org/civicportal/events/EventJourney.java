package org.civicportal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Events in headless Chromium, from both sides, each test on its own clock and accounts.
 *
 * <p>A member browses the catalog → registers → sees the join link only near the start → cancels →
 * the first on the waitlist gets the seat and an email; a visitor reads in the catalog when
 * registration closes, how many seats are left and how to join.
 *
 * <p>An editor runs an event: the form refuses mistakes next to the fields, the draft is
 * published, a member registers, the editor downloads the list, gives a waiting person a seat,
 * moves and cancels a webinar, and after the session ticks the member as attended; the member then
 * has the credits, a certificate PDF and the recording.
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
        String eventId = control("capacity=1&title=" + enc(title) + "&startsAt=" + startsAt);

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
            Calendar invitation = calendarIn(first, "You are registered");
            assertEquals("REQUEST", invitation.getProperty("METHOD").orElseThrow().getValue());
            VEvent entry = invitation.<VEvent>getComponent("VEVENT").orElseThrow();
            assertEquals("event-" + eventId + "@civicportal", entry.getProperty("UID").orElseThrow().getValue());
            assertEquals(startsAt, startOf(entry));

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
            Calendar cancellation = calendarIn(first, "Registration cancelled");
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
        control("capacity=30&kind=CONFERENCE_SESSION&topic=" + enc(pastTopic)
                + "&title=Fleet%20Pools%20in%20Practice&startsAt=2031-02-10T16:00:00Z");
        String memberEmail = Journeys.newEmail("casey");
        String password = "pooled fleets 2031";
        control("account=" + memberEmail + "&name=Casey%20Lund&password=" + enc(password)
                + "&roles=MEMBER&paid=true");
        // Monday, March 3, 2031, 10:00 AM in New York; the webinar starts Thursday at 5:00 PM and registration closes an hour before
        control("clock=2031-03-03T15:00:00Z");
        String upcomingTopic = "Shared dispatch " + System.nanoTime();
        String title = "Members' Briefing: Shared Dispatch Budgets";
        String eventId = control("capacity=40&audience=MEMBERS_ONLY&topic=" + enc(upcomingTopic)
                + "&title=" + enc(title) + "&startsAt=2031-03-06T22:00:00Z");

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

    @Test
    void anEditorRunsAForumSessionFromDraftToCertificates() throws Exception {
        control("clock=2027-01-05T15:00:00Z");
        String password = "forum agenda 2027";
        String editorEmail = Journeys.newEmail("editor");
        String memberEmail = Journeys.newEmail("member");
        control("account=" + editorEmail + "&name=Emery%20Vance&password=" + enc(password) + "&roles=EDITOR,MEMBER");
        control("account=" + memberEmail + "&name=Jordan%20Reyes&password=" + enc(password) + "&roles=MEMBER&paid=true");
        String title = "Collaborative Service Delivery is All Well and Good, But is it Right for Me? " + System.nanoTime() % 10_000;

        try (Browser editor = Browser.open(base); Browser member = Browser.open(base)) {
            Journeys.logIn(editor, editorEmail, password);
            assertEquals(403, get("admin/account/accounts.xhtml", editor.sessionId()).statusCode(),
                    "an editor runs events, not accounts");
            editor.go("admin/events/events.xhtml");
            assertEquals("Manage events", editor.heading());
            Accessibility.assertNoViolations(editor.driver());

            // the form: mistakes are shown next to their fields, and nothing is saved
            editor.clickAndWait("#new-event");
            Accessibility.assertNoViolations(editor.driver());
            new org.openqa.selenium.support.ui.Select(editor.find("#event\\:kind")).selectByVisibleText("Conference session");
            editor.type("#event\\:title", title)
                    .type("#event\\:summary", "A forum on choosing partners for public services.")
                    .type("#event\\:speakers", "M. Chen; R. Alvarez")
                    .type("#event\\:topic", "Shared services")
                    .type("#event\\:zoneId", "America/Gotham")
                    .type("#event\\:day", "2027-02-10")
                    .type("#event\\:startTime", "09:00")
                    .type("#event\\:endTime", "08:30");
            editor.find("#event\\:online").click();
            editor.type("#event\\:venue", "Convention Center").type("#event\\:room", "Room 204")
                    .type("#event\\:capacity", "ten")
                    .type("#event\\:opensDay", "2027-01-01")
                    .type("#event\\:closesDay", "2027-02-09")
                    .type("#event\\:credits", "1.5");
            new org.openqa.selenium.support.ui.Select(editor.find("#event\\:audience")).selectByVisibleText("Everyone with an account");
            editor.clickAndWait("#event\\:save");
            assertTrue(editor.find("#event").getText().contains("Enter a whole number of seats, like 100."), editor.mainText());
            editor.type("#event\\:capacity", "40");
            editor.clickAndWait("#event\\:save");
            String form = editor.find("#event").getText();
            assertTrue(form.contains("\u201cAmerica/Gotham\u201d is not a time zone we know."), form);
            assertTrue(form.contains("The end must come after the start (09:00)."), form);
            Accessibility.assertNoViolations(editor.driver());

            editor.type("#event\\:zoneId", "America/Chicago").type("#event\\:endTime", "10:30").type("#event\\:closesDay", "2026-12-31");
            editor.clickAndWait("#event\\:save");
            assertTrue(editor.find("#event").getText().contains("Registration must close after it opens."), editor.mainText());
            editor.type("#event\\:closesDay", "2027-02-09");
            editor.clickAndWait("#event\\:save");

            // saved as a draft; published from its page
            assertEquals(title, editor.heading());
            assertTrue(editor.mainText().contains("Draft saved."), editor.mainText());
            assertEquals("Draft", editor.find("#status").getText());
            assertEquals("Wednesday, February 10, 2027, 9:00 AM CST (Chicago time) (90 minutes)", editor.find("#when").getText());
            Accessibility.assertNoViolations(editor.driver());
            editor.clickAndWait("#manage\\:publish");
            assertEquals("Published", editor.find("#status").getText());
            String eventId = editor.find("#manage\\:edit").getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");

            // a member registers on the public page
            Journeys.logIn(member, memberEmail, password);
            member.go("events/event.xhtml?id=" + eventId);
            member.clickAndWait("#registration\\:register");
            assertEquals("You are registered.", member.find("#registered").getText());

            // the editor sees the seat holder and downloads the list
            editor.go("admin/events/event.xhtml?id=" + eventId);
            assertEquals("1 of 40", editor.find("#seats").getText());
            assertTrue(editor.find("#seated\\:table").getText().contains(memberEmail));
            HttpResponse<String> csv = get("admin/events/registrants?id=" + eventId, editor.sessionId());
            assertEquals(200, csv.statusCode());
            assertTrue(csv.body().contains("\"Registered\",\"\",\"Jordan Reyes\",\"" + memberEmail + "\",\"City of Fairhaven\",\"OR\""), csv.body());
            assertEquals(403, get("admin/events/registrants?id=" + eventId, member.sessionId()).statusCode(), "members may not");
            editor.go("events/event.xhtml?id=" + eventId);
            editor.clickAndWait("#registration\\:register");

            // a full webinar: the editor gives the waiting person a seat by hand, then cancels the webinar
            String webinarId = control("capacity=1&title=" + enc("Shared Fleet Maintenance") + "&startsAt=2027-01-20T19:00:00Z");
            member.go("events/event.xhtml?id=" + webinarId);
            member.clickAndWait("#registration\\:register");
            editor.go("events/event.xhtml?id=" + webinarId);
            editor.clickAndWait("#registration\\:register");
            assertEquals("You are on the waitlist.", editor.find("#registered").getText());
            editor.go("admin/events/event.xhtml?id=" + webinarId);
            assertEquals("1", editor.find("#waiting").getText());
            editor.clickAndWait("#waitlist\\:table button.give-seat");
            assertTrue(editor.mainText().contains("Emery Vance now has a seat and has been told by email."), editor.mainText());
            assertEquals("2 of 2", editor.find("#seats").getText());
            // the webinar moves an hour later: seat holders get the updated calendar entry
            editor.go("admin/events/edit.xhtml?id=" + webinarId);
            editor.type("#event\\:startTime", "15:00").type("#event\\:endTime", "16:00");
            editor.clickAndWait("#event\\:save");
            assertTrue(editor.mainText().contains("Changes saved."), editor.mainText());
            editor.go("admin/events/event.xhtml?id=" + webinarId);
            editor.clickAndWait("#manage\\:cancelEvent");
            assertTrue(editor.mainText().contains("2 seat holder(s) and 0 person(s) on the waitlist will be told"), editor.mainText());
            Accessibility.assertNoViolations(editor.driver());
            editor.clickAndWait("#manage\\:confirmCancel");
            assertEquals("Cancelled", editor.find("#status").getText());
            // registered, moved, cancelled: the same calendar entry each time, each file replacing the one before
            List<Calendar> files = List.of(calendarIn(memberEmail, "You are registered: Shared Fleet Maintenance"),
                    calendarIn(memberEmail, "Event changed: Shared Fleet Maintenance"),
                    calendarIn(memberEmail, "Event cancelled: Shared Fleet Maintenance"));
            assertEquals(List.of("REQUEST", "REQUEST", "CANCEL"),
                    files.stream().map(c -> c.getProperty("METHOD").orElseThrow().getValue()).toList());
            List<VEvent> entries = files.stream().map(c -> c.<VEvent>getComponent("VEVENT").orElseThrow()).toList();
            for (VEvent entry : entries) {
                assertEquals("event-" + webinarId + "@civicportal", entry.getProperty("UID").orElseThrow().getValue());
            }
            List<Integer> sequences = entries.stream().map(e -> Integer.parseInt(e.getProperty("SEQUENCE").orElseThrow().getValue())).toList();
            assertTrue(sequences.get(0) < sequences.get(1) && sequences.get(1) < sequences.get(2), "SEQUENCE rises: " + sequences);
            assertEquals(Instant.parse("2027-01-20T19:00:00Z"), startOf(entries.get(0)));
            assertEquals(Instant.parse("2027-01-20T20:00:00Z"), startOf(entries.get(1)), "3:00 PM in New York");
            assertEquals("CANCELLED", entries.get(2).getProperty("STATUS").orElseThrow().getValue());

            // after the session: attendance, which grants the credits
            control("clock=2027-02-10T17:00:00Z");
            editor.go("admin/events/event.xhtml?id=" + eventId);
            Accessibility.assertNoViolations(editor.driver());
            editor.find("#seated\\:table input.attended").click();
            editor.clickAndWait("#seated\\:saveAttendance");
            assertTrue(editor.mainText().contains("Attendance saved. Those who came earned 1.5 credits each."), editor.mainText());
            assertTrue(editor.find("#seated\\:table input.attended").isSelected());

            // or from a file, as a webinar platform exports it
            java.nio.file.Path file = java.nio.file.Files.createTempFile("attendance", ".csv");
            java.nio.file.Files.writeString(file, "Name,Email\nEmery Vance," + editorEmail + "\nSomeone Else,stranger@example.org\n");
            editor.find("#import\\:file").sendKeys(file.toAbsolutePath().toString());
            editor.clickAndWait("#import\\:upload");
            assertTrue(editor.mainText().contains("1 marked as attended. Not holding a seat, so not marked: stranger@example.org."),
                    editor.mainText());
            java.nio.file.Files.delete(file);

            // the recording link, added afterwards, shows to the member in good standing
            editor.go("admin/events/edit.xhtml?id=" + eventId);
            editor.type("#event\\:recordingUrl", "https://video.example.org/forum-2027");
            editor.clickAndWait("#event\\:save");
            assertTrue(editor.mainText().contains("Changes saved."), editor.mainText());
            member.go("events/event.xhtml?id=" + eventId);
            assertEquals("https://video.example.org/forum-2027", member.find("#recording-link").getAttribute("href"));

            member.go("events/my-events.xhtml");
            assertEquals("Continuing-education credits earned: 1.50", member.find("#credits").getText());
            assertTrue(member.find("#past").getText().contains("attended, 1.50 credits"), member.find("#past").getText());
            Accessibility.assertNoViolations(member.driver());
            HttpResponse<byte[]> certificate = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "events/certificate?id=" + eventId)).header("Cookie", "JSESSIONID=" + member.sessionId()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, certificate.statusCode());
            assertEquals("application/pdf", certificate.headers().firstValue("Content-Type").orElse(""));
            try (PDDocument pdf = Loader.loadPDF(certificate.body())) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("Jordan Reyes") && text.contains("Credits earned 1.5") && text.contains("February 10, 2027"), text);
            }
            assertEquals(200, get("events/certificate?id=" + eventId, editor.sessionId()).statusCode(), "marked from the file");
            assertEquals(404, get("events/certificate?id=" + webinarId, member.sessionId()).statusCode(), "a cancelled webinar: nobody attended");
        }
    }

    private static List<String> options(Browser browser, String select) {
        return browser.findAll(select + " option").stream().map(o -> o.getText()).toList();
    }

    /** The calendar file attached to the latest mail to the address with the subject, read by ical4j as a calendar program would. */
    private static Calendar calendarIn(String recipient, String subject) throws Exception {
        String ics = Mailbox.attachment(Mailbox.awaitMessage(smtp, recipient, subject), "text/calendar");
        assertTrue(ics != null, subject + ": a calendar file attached");
        Calendar calendar = new CalendarBuilder().build(new java.io.StringReader(ics));
        calendar.validate();
        return calendar;
    }

    private static Instant startOf(VEvent entry) {
        return java.time.ZonedDateTime.from(entry.getDateTimeStart().getDate()).toInstant();
    }

    private HttpResponse<String> get(String path, String sessionId) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "JSESSIONID=" + sessionId).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String control(String query) throws Exception {
        return TestControlServlet.call(base, query);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
