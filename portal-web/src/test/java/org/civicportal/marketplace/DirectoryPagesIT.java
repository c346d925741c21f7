package org.civicportal.marketplace;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The provider directory's public pages over real HTTP: no session for a visitor, 404 for what it
 * does not show, facets that narrow the list, and as many SQL statements for a provider with 30
 * listings as with 3 (counted with {@link SqlStatementCounter}; the counts are printed).
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryPagesIT {

    private static final Pattern COUNT = Pattern.compile("<p id=\"count\" role=\"status\">(\\d+) listing");
    private static final Pattern RESULTS = Pattern.compile("<p id=\"result-count\" role=\"status\">(\\d+) result");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class, SqlStatementCounter.class,
                ListingTestProviders.class, ListingTestServlet.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aPageRunsAsManyStatementsWithThirtyListingsAsWithThree() throws Exception {
        control("clock=2027-03-01T17:00:00Z");
        String word = "Cottonwood" + System.nanoTime() % 1_000_000;
        String[] provider = provider(word + " Advisors", "FIRM");
        List<String> first = List.of(ok("op=publishMany&org=" + provider[0] + "&count=3&word=" + word).split("\n"));
        Map<String, Integer> few = statementsPerPage(word, provider[2], first.get(0));
        assertEquals(3, listed("providers/?q=" + word));

        List<String> more = List.of(ok("op=publishMany&org=" + provider[0] + "&count=27&word=" + word).split("\n"));
        Map<String, Integer> many = statementsPerPage(word, provider[2], more.get(26));
        assertEquals(30, listed("providers/?q=" + word));
        assertEquals(30, get("providers/" + provider[2]).body().split("class=\"result\"").length - 1, "the profile lists all 30");

        StringBuilder report = new StringBuilder("SQL statements per anonymous request, with 3 and with 30 listings of one provider:\n");
        few.forEach((page, count) -> report.append(String.format("  %-60s %3d %3d%n", page, count, many.get(page))));
        System.out.println(report);
        assertTrue(few.get("providers/?q={word}") >= 2, "the list counts and reads its rows, and the counter sees it:\n" + report);
        assertEquals(few, many, "a page runs more statements with more listings (one per row?):\n" + report);
    }

    @Test
    void theFacetsNarrowTheList() throws Exception {
        control("clock=2027-03-01T17:00:00Z");
        String word = "Sagebrush" + System.nanoTime() % 1_000_000;
        String[] provider = provider(word + " Institute", "UNIVERSITY");
        ok("op=publishMany&org=" + provider[0] + "&count=3&word=" + word);
        String[] areas = ok("op=areas").split(",");
        String q = "providers/?q=" + word;

        assertEquals(3, listed(q));
        // generated listing i works with another government and with the partner of kind i % 3
        assertEquals(3, listed(q + "&partnership=INTERGOVERNMENTAL"));
        assertEquals(1, listed(q + "&partnership=PRIVATE"));
        assertEquals(1, listed(q + "&partnership=NONPROFIT"));
        // even ones serve Oregon and Washington, odd ones the whole country, which includes Washington
        assertEquals(3, listed(q + "&region=US-WA"));
        assertEquals(1, listed(q + "&region=US-TX"));
        assertEquals(0, listed(q + "&region=CA-QC"));
        assertEquals(3, listed(q + "&type=UNIVERSITY"));
        assertEquals(0, listed(q + "&type=FIRM"));
        int first = listed(q + "&area=" + areas[0]);
        assertTrue(first >= 1 && first <= 3, "the first service area: " + first);
        assertEquals(0, listed(q + "&area=999999999"));
        assertEquals(1, listed(q + "&partnership=PRIVATE&region=US-TX&type=UNIVERSITY"));
        assertEquals(3, listed(q + "&partnership=nonsense&region=ZZ&type=%3Cscript%3E&area=x"), "what names nothing is ignored");
        assertEquals(0, listed("providers/?q=" + word + "+nowhere"), "every word must be found");
        assertEquals(3, listed("providers/?q=" + enc(word.toLowerCase() + " institute")), "the provider's name is searched too");
    }

    @Test
    void unknownAddressesAnswer404AndNoPageCreatesASession() throws Exception {
        control("clock=2027-03-01T17:00:00Z");
        String word = "Bitterroot" + System.nanoTime() % 1_000_000;
        String[] provider = provider(word + " Partners", "NONPROFIT");
        String path = ok("op=publishMany&org=" + provider[0] + "&count=1&word=" + word);

        for (String page : List.of("providers/", "providers/?q=" + word + "&page=2", "providers/" + provider[2], path)) {
            assertEquals(200, get(page).statusCode(), page);
        }
        HttpResponse<String> listing = get(path);
        assertTrue(listing.body().contains("<meta name=\"description\" content=\"Offering 0 of a test provider.\""));
        assertTrue(listing.body().contains("property=\"og:title\""));
        assertTrue(listing.headers().allValues("Content-Security-Policy").toString().contains("frame-ancestors 'none'"),
                listing.headers().allValues("Content-Security-Policy").toString());
        assertTrue(!listing.headers().allValues("Content-Security-Policy").toString().contains("script-src 'none'"),
                "a page: its own scripts may run");
        for (String page : List.of("providers/no-such-provider", "providers/" + provider[2] + "/no-such-listing",
                "providers/no-such-provider/" + path.substring(path.lastIndexOf('/') + 1), "providers/" + provider[2].toUpperCase(),
                "providers/" + provider[2] + "/a/b", "providers/provider.xhtml", "providers/listing.xhtml", "listing-documents/999999999/x.pdf",
                "listing-documents/abc/x.pdf")) {
            assertEquals(404, get(page).statusCode(), page);
        }
        HttpResponse<String> bare = http.send(HttpRequest.newBuilder(URI.create(base + "providers")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(301, bare.statusCode());
        assertTrue(bare.headers().firstValue("Location").orElse("").endsWith("/providers/"));
        HttpResponse<String> sitemap = get("sitemap.xml");
        assertEquals(200, sitemap.statusCode(), sitemap.body());
        assertTrue(sitemap.body().contains("/providers/" + provider[2] + "</loc>") && sitemap.body().contains("/" + path + "</loc>"),
                "in the sitemap");
    }

    @Test
    void theSiteSearchFindsAProviderAndItsListingUntilTheyLeaveTheDirectory() throws Exception {
        control("clock=2027-03-01T17:00:00Z");
        String word = "Chokecherry" + System.nanoTime() % 1_000_000;
        String[] provider = provider(word + " Associates", "FIRM");
        String path = ok("op=publishMany&org=" + provider[0] + "&count=1&word=" + word);
        String search = "library/search.xhtml?q=" + word;
        awaitResults(search, 2); // the provider's profile and its listing
        String results = get(search).body();
        assertTrue(results.contains("/" + path + "\"") && results.contains("/providers/" + provider[2] + "\""), results);
        assertTrue(results.contains("Providers and their listings"), "the kind's facet names them");

        ok("op=suspend&org=" + provider[0]);
        awaitResults(search, 0);
    }

    /** The search catches up every five seconds: waits until it finds this many results. */
    private void awaitResults(String search, int expected) throws Exception {
        long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int found = -1;
        while (System.nanoTime() < giveUp) {
            Matcher matcher = RESULTS.matcher(get(search).body());
            found = matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
            if (found == expected) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the search found " + found + " results, not " + expected);
    }

    // ---- helpers

    /** Each page once to warm it up, then once more counted; no session either time. */
    private Map<String, Integer> statementsPerPage(String word, String providerSlug, String listingPath) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String[] page : new String[][] {
                {"providers/?q={word}", "providers/?q=" + word},
                {"providers/?q={word}&facets", "providers/?q=" + word + "&partnership=INTERGOVERNMENTAL&region=US-WA&type=FIRM"},
                {"providers/{provider}", "providers/" + providerSlug},
                {"providers/{provider}/{listing}", listingPath}}) {
            get(page[1]);
            control("sql=reset");
            get(page[1]);
            counts.put(page[0], Integer.parseInt(control("sql=count")));
        }
        return counts;
    }

    private String[] provider(String name, String type) throws Exception {
        return ok("op=provider&name=" + enc(name) + "&type=" + type + "&email=" + enc(Journeys.newEmail("provider"))
                + "&password=" + enc("directory pages 27")).split(" ");
    }

    private int listed(String page) throws Exception {
        String body = get(page).body();
        Matcher matcher = COUNT.matcher(body);
        assertTrue(matcher.find(), "no count in " + page + ":\n" + body);
        return Integer.parseInt(matcher.group(1));
    }

    private String ok(String query) throws Exception {
        String answer = ListingTestServlet.call(base, query);
        assertTrue(answer.startsWith("OK "), query + " answered " + answer);
        return answer.substring(3);
    }

    private String control(String query) throws Exception {
        return TestControlServlet.call(base, query);
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " set " + response.headers().allValues("Set-Cookie"));
        return response;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
