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
 * An editor runs an event in headless Chromium: the form refuses mistakes next to the fields,
 * the draft is published, a member registers, the editor downloads the list, and after the
 * session ticks the member as attended; the member then has the credits, a certificate PDF and
 * the recording.
 */
@ExtendWith(ArquillianExtension.class)
class EventAdminJourney {

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.smtpServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class);
    }

    @ArquillianResource
    URL base;

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
            assertEquals(java.time.Instant.parse("2027-01-20T19:00:00Z"), startOf(entries.get(0)));
            assertEquals(java.time.Instant.parse("2027-01-20T20:00:00Z"), startOf(entries.get(1)), "3:00 PM in New York");
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

    /** The calendar file attached to the latest mail to the address with the subject, read by ical4j as a calendar program would. */
    private static Calendar calendarIn(String recipient, String subject) throws Exception {
        String ics = Mailbox.attachment(Mailbox.awaitMessage(smtp, recipient, subject), "text/calendar");
        assertTrue(ics != null, subject + ": a calendar file attached");
        Calendar calendar = new CalendarBuilder().build(new java.io.StringReader(ics));
        calendar.validate();
        return calendar;
    }

    private static java.time.Instant startOf(VEvent entry) {
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
