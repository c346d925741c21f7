package org.civicportal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.testing.HttpLogIn;
import org.civicportal.testing.Journeys;
import org.civicportal.testing.MovableClock;
import org.civicportal.testing.PortalDeployment;
import org.civicportal.testing.SqlStatementCounter;
import org.civicportal.testing.TestControlServlet;
import org.civicportal.testing.TestPeople;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rule for the portal's main pages: one view runs at most {@value #MOST} SQL statements, and
 * as many with a thousand rows behind it as with a few, so no statement is run per row (N+1).
 * Each page is read over real HTTP (anonymously, as a member or as an administrator), once to warm
 * it up and once counted with {@link SqlStatementCounter}; then a thousand events, registrations,
 * invoices, matrices and members are added in bulk and every page is counted again. The counts
 * are printed as a table.
 */
@ExtendWith(ArquillianExtension.class)
class SqlPerPageIT {

    /** The most statements one page view may run. */
    static final int MOST = 10;

    private static final int FEW = 3;
    private static final int MANY = 1_000;
    private static final String PASSWORD = "statements per page 27";
    /**
     * Years after the dates other test classes use: the thousand events seeded here then come after
     * theirs in any list by date, and do not push theirs off the first page of a catalog.
     */
    private static final Instant NOW = Instant.parse("2031-03-03T15:00:00Z");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class, SqlStatementCounter.class,
                SqlPerPageSeeds.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void everyPageRunsAFewStatementsAndAsManyForAThousandRowsAsForAFew() throws Exception {
        control("clock=" + NOW);
        String word = "Seeded" + System.nanoTime() % 1_000_000;
        String memberEmail = Journeys.newEmail("statements.member");
        long member = Long.parseLong(control("account=" + memberEmail + "&name=" + enc("Morgan Statements") + "&password=" + enc(PASSWORD)
                + "&roles=MEMBER&paid=true"));
        String newcomerEmail = Journeys.newEmail("statements.newcomer");
        control("account=" + newcomerEmail + "&name=" + enc("Noor Statements") + "&password=" + enc(PASSWORD) + "&roles=MEMBER");
        String adminEmail = Journeys.newEmail("statements.admin");
        control("account=" + adminEmail + "&name=" + enc("Avery Statements") + "&password=" + enc(PASSWORD) + "&roles=ADMIN");
        String event = control("capacity=5000&title=" + enc(word + " open house") + "&startsAt=" + NOW.plus(Duration.ofDays(10)));
        String memberSession = HttpLogIn.sessionOf(base, memberEmail, PASSWORD);
        String newcomerSession = HttpLogIn.sessionOf(base, newcomerEmail, PASSWORD);
        String adminSession = HttpLogIn.sessionOf(base, adminEmail, PASSWORD);

        addRows(word + "f", FEW, member, event);
        Pages pages = new Pages(event, memberSession, newcomerSession, adminSession);
        Map<String, Integer> few = pages.count();

        addRows(word + "m", MANY, member, event);
        Map<String, Integer> many = pages.count();

        StringBuilder report = new StringBuilder(String.format("SQL statements per page view, with a few rows and with %,d more:%n", MANY));
        few.forEach((page, count) -> report.append(String.format("  %-32s %3d %3d%n", page, count, many.get(page))));
        System.out.println(report);

        // the thousand rows are really on the pages that list them all
        assertTrue(occurrences(pages.member("events/my-events.xhtml"), word) >= FEW + MANY, "my events\n" + report);
        assertEquals(FEW + MANY, occurrences(pages.member("decision/matrices.xhtml"), word), "my matrices\n" + report);
        assertTrue(occurrences(pages.admin("admin/membership/reports.xhtml"), word) >= FEW + MANY, "renewals due\n" + report);
        assertTrue(few.get("events catalog") >= 2 && few.get("My matrices") >= 1, "the counter sees the statements:\n" + report);
        StringBuilder broken = new StringBuilder();
        few.forEach((page, count) -> {
            if (many.get(page) > MOST || !many.get(page).equals(count)) {
                broken.append(page).append(":\n").append(pages.statements.get(page)).append('\n');
            }
        });
        assertTrue(broken.isEmpty(), "pages over " + MOST + " statements or with more statements for more rows:\n" + report + broken);
    }

    /**
     * {@code count} rows of each kind, named with {@code word}: upcoming and past events the member
     * attends, members with paid memberships registered for the event, invoices and matrices of the member.
     */
    private void addRows(String word, int count, long member, String event) throws Exception {
        int coming = (count + 1) / 2;
        seed("op=events&word=" + word + "&count=" + coming + "&from=" + NOW.plus(Duration.ofDays(2)) + "&hours=6");
        seed("op=events&word=" + word + "&count=" + (count - coming) + "&from=" + NOW.minus(Duration.ofDays(1)) + "&hours=-6");
        seed("op=register&account=" + member + "&word=" + word + "&now=" + NOW);
        seed("op=accounts&word=" + word + "&count=" + count + "&today=" + NOW.toString().substring(0, 10));
        seed("op=registrants&event=" + event + "&word=" + word);
        seed("op=invoices&account=" + member + "&count=" + count);
        seed("op=matrices&account=" + member + "&word=" + word + "&count=" + count);
    }

    /** The pages of the rule, read as their visitors read them. */
    private final class Pages {

        private final Map<String, String> anonymous = new LinkedHashMap<>();
        private final Map<String, String> ofMember = new LinkedHashMap<>();
        private final Map<String, String> ofNewcomer = new LinkedHashMap<>();
        private final Map<String, String> ofAdmin = new LinkedHashMap<>();
        private final String memberSession;
        private final String newcomerSession;
        private final String adminSession;
        /** What the last count saw each page run, for the message of a failure. */
        final Map<String, String> statements = new LinkedHashMap<>();

        Pages(String event, String memberSession, String newcomerSession, String adminSession) {
            this.memberSession = memberSession;
            this.newcomerSession = newcomerSession;
            this.adminSession = adminSession;
            anonymous.put("home", "index.xhtml");
            anonymous.put("about", "about.xhtml");
            anonymous.put("events catalog", "events/events.xhtml");
            anonymous.put("event page", "events/event.xhtml?id=" + event);
            anonymous.put("decision tool", "decision/index.xhtml");
            anonymous.put("log-in", "login.xhtml");
            anonymous.put("dues", "dues.xhtml?category=CAO_ACAO&population=8000");
            // a member reads the event's verdict, their registration and their standing: each once
            ofMember.put("event page (a member)", "events/event.xhtml?id=" + event);
            ofMember.put("My membership", "membership/membership.xhtml");
            ofMember.put("My events", "events/my-events.xhtml");
            ofMember.put("My matrices", "decision/matrices.xhtml");
            ofMember.put("profile", "account/profile.xhtml");
            // someone without a membership yet sees every category with its quote instead
            ofNewcomer.put("My membership (to join)", "membership/membership.xhtml");
            ofAdmin.put("admin accounts", "admin/account/accounts.xhtml");
            ofAdmin.put("admin membership reports", "admin/membership/reports.xhtml");
        }

        /** Each page once to warm it up (compiled views), then once more counted. */
        Map<String, Integer> count() throws Exception {
            Map<String, Integer> counts = new LinkedHashMap<>();
            count(anonymous, null, counts);
            count(ofMember, memberSession, counts);
            count(ofNewcomer, newcomerSession, counts);
            count(ofAdmin, adminSession, counts);
            return counts;
        }

        private void count(Map<String, String> pages, String session, Map<String, Integer> counts) throws Exception {
            for (Map.Entry<String, String> page : pages.entrySet()) {
                get(page.getValue(), session);
                control("sql=reset");
                get(page.getValue(), session);
                counts.put(page.getKey(), Integer.parseInt(control("sql=count")));
                statements.put(page.getKey(), control("sql=statements"));
            }
        }

        String member(String path) throws Exception {
            return get(path, memberSession);
        }

        String admin(String path) throws Exception {
            return get(path, adminSession);
        }
    }

    /** The page's HTML; a visitor gets no session, a logged-in person keeps theirs. */
    private String get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.headers().map());
        if (session == null) {
            List<String> cookies = response.headers().allValues("Set-Cookie");
            assertTrue(cookies.isEmpty(), path + " set " + cookies);
        }
        return response.body();
    }

    private static int occurrences(String body, String text) {
        return body.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    private void seed(String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "test-sql-seeds?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), query + ": " + response.body());
    }

    private String control(String query) throws Exception {
        return TestControlServlet.call(base, query);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
