package org.civicportal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.CookieManager;
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
import net.fortuna.ical4j.model.component.VTimeZone;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicportal.testing.Journeys;
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

/**
 * Every file the portal hands out, fetched over real HTTP by logged-in people as a browser would:
 * the registrants list, the membership exports and a matrix as CSV (every cell quoted, names a
 * spreadsheet would run as formulas neutralised), and an event's "Add to calendar" file.
 */
@ExtendWith(ArquillianExtension.class)
class DownloadsIT {

    private static final String PASSWORD = "downloads all round 27";
    private static final String HYPERLINK = "=HYPERLINK(\"https://evil.example\",\"win\")";
    private static final String COMMAND = "+cmd|' /C calc'!A0";
    private static final String SUM = "@SUM(1+1)*cmd|' /C calc'!A0";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class, DownloadSeeds.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void theRegistrantsListQuotesEveryCellAndNeutralisesFormulas() throws Exception {
        control("clock=2027-01-05T15:00:00Z");
        String editor = account("Emery Vance", "EDITOR,MEMBER", false);
        String hyperlink = Journeys.newEmail("hyperlink");
        String plain = Journeys.newEmail("plain");
        String command = Journeys.newEmail("command");
        long hyperlinkId = Long.parseLong(control("account=" + hyperlink + "&name=" + enc(HYPERLINK) + "&password=" + enc(PASSWORD) + "&roles=MEMBER"));
        long plainId = Long.parseLong(control("account=" + plain + "&name=" + enc("Lindqvist, Casey; Jr.") + "&password=" + enc(PASSWORD) + "&roles=MEMBER"));
        long commandId = Long.parseLong(control("account=" + command + "&name=" + enc(COMMAND) + "&password=" + enc(PASSWORD) + "&roles=MEMBER"));
        String eventId = control("capacity=2&title=" + enc("Shared Fleet Maintenance") + "&startsAt=2027-01-20T19:00:00Z");
        assertEquals("REGISTERED", seed("register=" + eventId + "&account=" + hyperlinkId));
        assertEquals("REGISTERED", seed("register=" + eventId + "&account=" + plainId));
        assertEquals("WAITLISTED", seed("register=" + eventId + "&account=" + commandId));

        HttpResponse<String> csv = get("admin/events/registrants?id=" + eventId, logIn(editor));
        assertEquals(200, csv.statusCode());
        assertCsvHeaders(csv, "registrants-event-" + eventId + ".csv");
        String person = "\"City of Fairhaven\",\"OR\",\"Assistant City Manager\",\"2027-01-05T15:00:00Z\",\"No\",\"\"\r\n";
        assertEquals("\ufeff\"Status\",\"Waitlist place\",\"Name\",\"Email\",\"Local government\",\"State or province\",\"Position\","
                + "\"Registered at (UTC)\",\"Attended\",\"Credits\"\r\n"
                + "\"Registered\",\"\",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"win\"\")\",\"" + hyperlink + "\"," + person
                + "\"Registered\",\"\",\"Lindqvist, Casey; Jr.\",\"" + plain + "\"," + person
                + "\"Waitlisted\",\"1\",\"'+cmd|' /C calc'!A0\",\"" + command + "\"," + person, csv.body());

        assertEquals(403, get("admin/events/registrants?id=" + eventId, logIn(plain)).statusCode(), "members may not");
    }

    @Test
    void theMembershipExportsListTheMemberWithTheNameNeutralised() throws Exception {
        control("clock=2027-01-05T15:00:00Z");
        String admin = account("Alex Moreau", "ADMIN", false);
        String member = Journeys.newEmail("sum");
        control("account=" + member + "&name=" + enc(SUM) + "&password=" + enc(PASSWORD) + "&roles=MEMBER&paid=true");
        String session = logIn(admin);

        HttpResponse<String> members = get("admin/membership/export?what=members", session);
        assertEquals(200, members.statusCode());
        assertCsvHeaders(members, "members-2027-01-05.csv");
        List<CSVRecord> rows = records(members.body());
        assertEquals(List.of("Name", "Email", "Local government", "State or province", "Country", "Population", "Position",
                "Category", "Status", "Paid from", "Paid through"), rows.get(0).toList());
        List<String> row = only(rows, member, 1);
        assertEquals(List.of("'" + SUM, member, "City of Fairhaven", "OR", "US", "42000", "Other local-government staff",
                "Local-government staff", "Active"), row.subList(0, 9));
        assertTrue(row.get(9).matches("\\d{4}-\\d{2}-\\d{2}") && row.get(10).matches("\\d{4}-\\d{2}-\\d{2}"), row.toString());
        assertTrue(members.body().contains("\r\n\"'@SUM(1+1)*cmd|' /C calc'!A0\",\"" + member + "\",\"City of Fairhaven\",\"OR\",\"US\",\"42000\","),
                "every cell quoted");

        HttpResponse<String> payments = get("admin/membership/export?what=payments", session);
        assertEquals(200, payments.statusCode());
        assertCsvHeaders(payments, "payments-2027-01-05.csv");
        List<CSVRecord> paymentRows = records(payments.body());
        assertEquals(List.of("Received on", "Invoice", "Member", "Email", "Category", "Amount", "Currency", "Method", "Reference"),
                paymentRows.get(0).toList());
        List<String> payment = only(paymentRows, member, 3);
        assertEquals("2027-01-05", payment.get(0));
        assertTrue(payment.get(1).matches("INV-2027-\\d{6}"), payment.get(1));
        assertEquals(List.of("'" + SUM, member, "Local-government staff"), payment.subList(2, 5));
        assertTrue(payment.get(5).matches("\\d+\\.\\d{2}"), "an amount is a number, not neutralised: " + payment.get(5));
        assertEquals(List.of("USD", "Check"), payment.subList(6, 8));
        assertTrue(payment.get(8).matches("TEST-\\d+"), payment.get(8));

        assertEquals(403, get("admin/membership/export?what=members", logIn(member)).statusCode(), "members may not");
    }

    @Test
    void aMatrixExportHasOneRowPerGradeAndPerScore() throws Exception {
        control("clock=2027-03-01T15:00:00Z");
        String owner = Journeys.newEmail("owner");
        long ownerId = Long.parseLong(control("account=" + owner + "&name=" + enc("Avery Lindholm") + "&password=" + enc(PASSWORD)
                + "&roles=MEMBER&paid=true"));
        String[] seeded = seed("matrix=" + ownerId + "&option=" + enc(HYPERLINK) + "&note=" + enc("-2+3 is the reason")
                + "&rationale=" + enc(SUM)).split("\\|");
        String matrixId = seeded[0];

        HttpResponse<String> csv = get("decision/export?id=" + matrixId, logIn(owner));
        assertEquals(200, csv.statusCode());
        assertCsvHeaders(csv, "matrix-" + matrixId + ".csv");
        List<CSVRecord> rows = records(csv.body());
        assertEquals(List.of("Part", "Characteristic or option", "Criterion", "Weight", "Grade or score", "Why"), rows.get(0).toList());
        assertEquals(1 + 14 + 9 * 5, rows.size(), "a header, 14 characteristics, 9 criteria for each of 5 options");
        List<List<String>> graded = rows.stream().skip(1).limit(14).map(CSVRecord::toList).filter(r -> !r.get(4).isEmpty()).toList();
        assertEquals(1, graded.size());
        assertEquals(List.of("Readiness (service)", "", "", "3", "'-2+3 is the reason"),
                List.of(graded.get(0).get(0), graded.get(0).get(2), graded.get(0).get(3), graded.get(0).get(4), graded.get(0).get(5)));
        List<List<String>> hostileOption = rows.stream().map(CSVRecord::toList).filter(r -> r.get(1).equals("'" + HYPERLINK)).toList();
        assertEquals(9, hostileOption.size(), "the option's name neutralised on each of its rows");
        assertTrue(hostileOption.contains(List.of("Options", "'" + HYPERLINK, seeded[1], seeded[2], "4", "'" + SUM)), hostileOption.toString());
        assertTrue(csv.body().contains("\r\n\"Options\",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"win\"\")\",\""), "every cell quoted");

        String stranger = account("Sam Ortiz", "MEMBER", false);
        assertEquals(404, get("decision/export?id=" + matrixId, logIn(stranger)).statusCode(), "not someone else's matrix");
    }

    @Test
    void addToCalendarGivesTheEventInItsOwnTimeZoneWithoutASession() throws Exception {
        control("clock=2027-01-05T15:00:00Z");
        String eventId = control("capacity=10&title=" + enc("Fleet, Parks; Roads") + "&startsAt=2027-01-20T19:00:00Z");

        HttpResponse<String> ics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "events/calendar?id=" + eventId))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ics.statusCode());
        assertEquals("text/calendar;charset=UTF-8", ics.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertEquals("attachment; filename=\"event-" + eventId + ".ics\"", ics.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(ics.headers().allValues("Set-Cookie").isEmpty(), "a public file creates no session");
        String text = ics.body();
        assertTrue(text.contains("\r\nDTSTART;TZID=America/New_York:20270120T140000\r\n"), text);
        assertTrue(text.contains("\r\nDTEND;TZID=America/New_York:20270120T150000\r\n"), text);
        assertTrue(text.contains("\r\nSUMMARY:Fleet\\, Parks\\; Roads\r\n"), text);

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        assertEquals("PUBLISH", calendar.getProperty("METHOD").orElseThrow().getValue(), "a copy to keep, not an invitation");
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals("event-" + eventId + "@civicportal", event.getProperty("UID").orElseThrow().getValue());
        assertTrue(Integer.parseInt(event.getProperty("SEQUENCE").orElseThrow().getValue()) >= 0);
        assertEquals("Fleet, Parks; Roads", event.getProperty("SUMMARY").orElseThrow().getValue());
        assertEquals("America/New_York", event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
        assertEquals(java.time.Instant.parse("2027-01-20T19:00:00Z"),
                java.time.ZonedDateTime.from(event.getDateTimeStart().getDate()).toInstant());
        VTimeZone zone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
        assertEquals("America/New_York", zone.getProperty("TZID").orElseThrow().getValue());
        assertTrue(text.contains("TZOFFSETTO:-0500") && text.contains("TZNAME:EST"), text);

        assertEquals(404, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "events/calendar?id=x")).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    // ---- helpers

    /** A new account with the roles; returns its address. */
    private String account(String name, String roles, boolean paid) throws Exception {
        String email = Journeys.newEmail(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.'));
        control("account=" + email + "&name=" + enc(name) + "&password=" + enc(PASSWORD) + "&roles=" + roles + (paid ? "&paid=true" : ""));
        return email;
    }

    /** Logs in through the log-in form, as a browser posts it; returns the session id. */
    private String logIn(String email) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String marker = "name=\"jakarta.faces.ViewState\"";
        int field = page.indexOf(marker);
        int valueStart = page.indexOf("value=\"", field) + "value=\"".length();
        String viewState = page.substring(valueStart, page.indexOf('"', valueStart));
        String form = "login=login&login%3AreturnTo=&login%3Aemail=" + enc(email) + "&login%3Apassword=" + enc(PASSWORD)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(viewState);
        HttpResponse<String> answer = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Referer", base + "login.xhtml") // as a browser sends it; cross-site posts are refused
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, answer.statusCode(), "logged in: " + answer.body());
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).orElseThrow();
    }

    private HttpResponse<String> get(String path, String sessionId) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "JSESSIONID=" + sessionId).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertCsvHeaders(HttpResponse<String> csv, String fileName) {
        assertEquals("text/csv;charset=UTF-8", csv.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertEquals("attachment; filename=\"" + fileName + "\"", csv.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("private, no-store", csv.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(csv.body().startsWith("\ufeff\""), "a byte-order mark, then a quoted cell");
    }

    /** The file read back as a spreadsheet would, without its byte-order mark. */
    private static List<CSVRecord> records(String body) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(body.substring(1))).getRecords();
    }

    /** The one row whose cell at the column is the value. */
    private static List<String> only(List<CSVRecord> rows, String value, int column) {
        List<List<String>> found = rows.stream().map(CSVRecord::toList).filter(r -> r.size() > column && r.get(column).equals(value)).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    private String seed(String query) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "test-downloads?" + query))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().trim();
    }

    private String control(String query) throws Exception {
        return TestControlServlet.call(base, query);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
