package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The library's public pages are cheap: one anonymous request runs as many SQL statements with a
 * handful of case studies as with a full page of them (no statement per row), and creates no
 * session. Counted over real HTTP with {@link SqlStatementCounter}; the counts are printed.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryPagesIT {

    /** Fewer than a page of the list shows. */
    private static final int FEW = 5;

    /** Added to the few, enough that every list shows a full page (20) and a second page exists. */
    private static final int MANY = 45;

    private static final Pattern CASE_STUDY_COUNT = Pattern.compile("<p id=\"count\" role=\"status\">(\\d+) case stud");
    private static final Pattern RESULT_COUNT = Pattern.compile("<p id=\"result-count\" role=\"status\">(\\d+) result");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class, SqlStatementCounter.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void thePublicPagesRunAsManyStatementsForFiftyCaseStudiesAsForFive() throws Exception {
        int before = generatedListed(); // other test classes (and earlier runs) may have left case studies in Washington
        int foundBefore = number(RESULT_COUNT, get("library/search.xhtml?q=generated").body());
        List<String> first = publish(FEW);
        int generated = foundBefore + FEW;
        awaitSearchFinds(generated);
        Map<String, Integer> few = statementsPerPage(first.get(FEW - 1)); // it lists 4 related case studies; the last of many lists 10
        int fewRows = generatedListed();
        System.out.println("SQL statements per anonymous request with " + fewRows + " generated case studies: " + few);

        List<String> more = publish(MANY);
        generated += MANY;
        awaitSearchFinds(generated);
        Map<String, Integer> many = statementsPerPage(more.get(MANY - 1));
        int manyRows = generatedListed();

        StringBuilder report = new StringBuilder("SQL statements per anonymous request, with " + fewRows + " and with " + manyRows
                + " generated case studies (other tests' may be listed too):\n");
        few.forEach((page, count) -> report.append(String.format("  %-70s %3d %3d%n", page, count, many.get(page))));
        System.out.println(report);

        // the list filtered to Washington shows only the generated ones: a few rows, then full pages
        assertEquals(FEW, fewRows - before);
        assertEquals(FEW + MANY, manyRows - before);
        assertTrue(few.get("library/case-studies.xhtml") >= 2, "the list counts and reads its rows, and the counter sees it:\n" + report);
        assertEquals(few, many, "a page runs more statements with more items (one per row?):\n" + report);
    }

    @Test
    void theCounterSeesOneRequestsStatementsAndNotTheSearchTimers() throws Exception {
        control("sql=reset");
        Thread.sleep(6_000); // the search's five-second tick runs meanwhile, on a timer thread
        assertEquals("0", control("sql=count"), "nothing ran on a request thread: " + control("sql=statements"));
        get("library/case-studies.xhtml");
        control("sql=reset");
        get("library/case-studies.xhtml");
        int list = Integer.parseInt(control("sql=count"));
        String statements = control("sql=statements");
        assertTrue(list >= 2 && statements.contains("case_study"), list + " statements:\n" + statements);
        get("favicon.svg");
        assertEquals(String.valueOf(list), control("sql=count"), "a static file runs no SQL");
    }

    /** Each page once to warm it up (compiled views, caches), then once more counted; no session either time. */
    private Map<String, Integer> statementsPerPage(String itemPath) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String[] page : new String[][] {
                {"library/index.xhtml", "library/index.xhtml"},
                {"library/case-studies.xhtml", "library/case-studies.xhtml"},
                {"library/case-studies.xhtml?partner=INTERGOVERNMENTAL&size=FROM_10K", "library/case-studies.xhtml?partner=INTERGOVERNMENTAL&size=FROM_10K"},
                {"library/case-studies.xhtml?state=WA", "library/case-studies.xhtml?state=WA"},
                {"library/case-studies/{slug}", itemPath},
                {"library/search.xhtml?q=generated", "library/search.xhtml?q=generated"},
                {"library/search.xhtml?q=shared+service&partner=Another+government", "library/search.xhtml?q=shared+service&partner=Another+government"}}) {
            get(page[1]);
            control("sql=reset");
            get(page[1]);
            counts.put(page[0], Integer.parseInt(control("sql=count")));
        }
        return counts;
    }

    private List<String> publish(int count) throws Exception {
        List<String> paths = List.of(control("caseStudies=" + count).split("\n"));
        assertEquals(count, paths.size(), paths.toString());
        return paths;
    }

    /** The search index catches up with published items every five seconds: wait for it. */
    private void awaitSearchFinds(int generated) throws Exception {
        long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int found = -1;
        while (System.nanoTime() < giveUp) {
            found = number(RESULT_COUNT, get("library/search.xhtml?q=generated").body());
            if (found == generated) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the search found " + found + " of " + generated + " generated case studies");
    }

    /** How many case studies the list filtered to Washington finds: the generated ones have a county there, other tests' do not. */
    private int generatedListed() throws Exception {
        return number(CASE_STUDY_COUNT, get("library/case-studies.xhtml?state=WA").body());
    }

    private static int number(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertTrue(matcher.find(), "no " + pattern + " in:\n" + body);
        return Integer.parseInt(matcher.group(1));
    }

    private String control(String query) throws Exception {
        return TestControlServlet.call(base, query);
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " set " + response.headers().allValues("Set-Cookie"));
        return response;
    }
}
