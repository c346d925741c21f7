package org.civicportal.shared.pagecache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.Callable;
import org.civicportal.account.Role;
import org.civicportal.events.Audience;
import org.civicportal.events.Event;
import org.civicportal.events.EventKind;
import org.civicportal.events.EventOrganising;
import org.civicportal.events.EventSeeding;
import org.civicportal.events.Registrations;
import org.civicportal.events.RegistrationWindow;
import org.civicportal.testing.HttpLogIn;
import org.civicportal.testing.MovableClock;
import org.civicportal.testing.PortalDeployment;
import org.civicportal.testing.TestPeople;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The anonymous page cache over real HTTP, against what visitors must never see stale: seats taken
 * and an event cancelled show on the very next visit (the write drops the kept pages when it
 * commits); a registration deadline passing, which writes nothing, shows within the cache's five
 * seconds. A kept page gets a nonce of its own per visit, validators that answer 304, and nobody
 * logged in is served it. Runs inside the portal so that it can take seats and move the clock
 * directly, as the portal's own code does.
 */
@ExtendWith(ArquillianExtension.class)
class PageCacheIT {

    private static final String PASSWORD = "kept pages stay fresh";

    /** The cache's lifetime in the portal's default settings, and a little for a slow machine. */
    private static final Duration KEPT_AT_MOST = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(PageCacheIT.class, MovableClock.class, TestPeople.class, HttpLogIn.class);
    }

    /** The request the test runs in, inside the portal: it tells the portal's address. */
    @Inject
    HttpServletRequest runnerRequest;

    @Inject
    MovableClock clock;

    @Inject
    EventSeeding events;

    @Inject
    EventOrganising organising;

    @Inject
    Registrations registrations;

    @Inject
    TestPeople people;

    @Inject
    PageCache cache;

    @Test
    void aKeptPageIsServedWithAFreshNonceAndValidatorsAndNoSession() throws Exception {
        whilePagesStayKept(() -> webinar(5, "2027-02-20T18:00:00Z"), event -> {
            String page = "events/event.xhtml?id=" + event;
            HttpResponse<String> drawn = get(page, null, null);
            HttpResponse<String> kept = get(page, null, null);
            assertEquals("miss", drawn.headers().firstValue(PageCacheFilter.SOURCE_HEADER).orElse(""));
            assertEquals("hit", kept.headers().firstValue(PageCacheFilter.SOURCE_HEADER).orElse(""));
            assertTrue(kept.body().contains("5 of 5 left"), kept.body());

            String nonce = nonceOf(kept);
            assertNotEquals(nonceOf(drawn), nonce, "each visitor gets a nonce of their own");
            assertNotEquals(nonceOf(get(page, null, null)), nonce);
            assertTrue(kept.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the header's nonce");
            assertFalse(kept.body().contains(nonceOf(drawn)), "no trace of the nonce it was drawn with");
            assertEquals(drawn.body().replace(nonceOf(drawn), nonce), kept.body(), "otherwise the very page that was drawn");

            String tag = kept.headers().firstValue("ETag").orElseThrow();
            assertEquals(tag, drawn.headers().firstValue("ETag").orElseThrow());
            assertEquals("no-cache", kept.headers().firstValue("Cache-Control").orElse(""));
            assertEquals("Cookie", kept.headers().firstValue("Vary").orElse(""));
            assertEquals("nosniff", kept.headers().firstValue("X-Content-Type-Options").orElse(""), "the security headers too");
            HttpResponse<String> revalidated = get(page, null, tag);
            assertEquals(304, revalidated.statusCode());
            assertEquals("", revalidated.body());
            assertTrue(kept.headers().allValues("Set-Cookie").isEmpty() && drawn.headers().allValues("Set-Cookie").isEmpty(), "no session");
        });
    }

    @Test
    void seatsTakenShowOnTheNextVisit() throws Exception {
        long event = whilePagesStayKept(() -> webinar(3, "2027-02-21T18:00:00Z"), seeded -> {
            String page = "events/event.xhtml?id=" + seeded;
            get(page, null, null);
            assertTrue(get(page, null, null).body().contains("3 of 3 left"));
            assertTrue(cache.size() > 0);
        });

        registrations.register(people.person("Sam Seat", Set.of(Role.MEMBER), false), event);
        HttpResponse<String> after = get("events/event.xhtml?id=" + event, null, null);
        assertTrue(after.body().contains("2 of 3 left"), after.body());
        assertEquals("miss", after.headers().firstValue(PageCacheFilter.SOURCE_HEADER).orElse(""));
    }

    @Test
    void aPassingDeadlineShowsWithinFiveSeconds() throws Exception {
        // registration closes an hour before the start
        long event = whilePagesStayKept(() -> webinar(5, "2027-02-22T18:00:00Z"), seeded -> {
            String page = "events/event.xhtml?id=" + seeded;
            get(page, null, null);
            String open = get(page, null, null).body();
            assertTrue(open.contains("Registration closes") && !open.contains("Registration closed"), open);

            clock.setInstantKeepingPages(Instant.parse("2027-02-22T17:30:00Z"));
            assertEquals("hit", get(page, null, null).headers().firstValue(PageCacheFilter.SOURCE_HEADER).orElse(""),
                    "nothing was written: the kept page is still served for a while");
        });
        Instant moved = Instant.now();
        HttpResponse<String> seen = get("events/event.xhtml?id=" + event, null, null);
        while (!seen.body().contains("Registration closed")) {
            assertTrue(Duration.between(moved, Instant.now()).compareTo(KEPT_AT_MOST.plusMillis(500)) < 0,
                    "still open on the page more than five seconds after the deadline");
            Thread.sleep(200);
            seen = get("events/event.xhtml?id=" + event, null, null);
        }
    }

    @Test
    void aCancelledEventShowsOnTheNextVisit() throws Exception {
        clock.setInstant(Instant.parse("2027-02-01T15:00:00Z"));
        long event = webinar(5, "2027-02-23T18:00:00Z");
        String page = "events/event.xhtml?id=" + event;
        get(page, null, null);
        assertFalse(get(page, null, null).body().contains("This event was cancelled."));

        organising.cancel(event);
        assertTrue(get(page, null, null).body().contains("This event was cancelled."));
    }

    @Test
    void nobodyLoggedInIsServedAKeptPageNorFeedsOne() throws Exception {
        clock.setInstant(Instant.parse("2027-02-01T15:00:00Z"));
        String page = "events/event.xhtml?id=" + webinar(5, "2027-02-24T18:00:00Z");
        String email = "kept-" + System.nanoTime() + "@village.example.org";
        people.create(email, "Robin Logged-In", PASSWORD, Set.of(Role.MEMBER), false);
        String session = HttpLogIn.sessionOf(new URL(base()), email, PASSWORD);

        HttpResponse<String> theirs = get(page, session, null);
        assertTrue(theirs.body().contains("Robin Logged-In"), "their own page, with their name");
        assertTrue(theirs.headers().firstValue(PageCacheFilter.SOURCE_HEADER).isEmpty());
        HttpResponse<String> anonymous = get(page, null, null);
        assertEquals("miss", anonymous.headers().firstValue(PageCacheFilter.SOURCE_HEADER).orElse(""), "their page was not kept");
        assertFalse(anonymous.body().contains("Robin Logged-In"));
        HttpResponse<String> again = get(page, session, null);
        assertTrue(again.body().contains("Robin Logged-In") && again.headers().firstValue(PageCacheFilter.SOURCE_HEADER).isEmpty(),
                "the kept anonymous page is not theirs");
    }

    /** Steps that expect the kept pages to stay kept while they run. */
    @FunctionalInterface
    private interface KeptPageSteps {
        void run(long event) throws Exception;
    }

    /**
     * Seeds a webinar at the test's date and runs the steps on its page. Any committed write drops
     * the kept pages, and the portal's own timers write in bursts when they catch up with the moved
     * clock (sending mail other tests queued, say). So the steps start once no write has committed
     * for a second, and when a write in the middle is why they failed, they run again on a fresh
     * webinar, until a minute has passed. A failure with no such write is the test's.
     *
     * @return the webinar the steps passed on
     */
    private long whilePagesStayKept(Callable<Long> seed, KeptPageSteps steps) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        for (;;) {
            clock.setInstant(Instant.parse("2027-02-01T15:00:00Z"));
            long event = seed.call();
            long generation = quietGeneration(giveUp);
            try {
                steps.run(event);
                return event;
            } catch (AssertionError failed) {
                if (cache.generation() == generation || Instant.now().isAfter(giveUp)) {
                    throw failed;
                }
            }
        }
    }

    /** Waits until no write has committed for a second (or the time is up), and gives that generation. */
    private long quietGeneration(Instant giveUp) throws InterruptedException {
        long before;
        long after = cache.generation();
        do {
            before = after;
            Thread.sleep(1000);
            after = cache.generation();
        } while (after != before && Instant.now().isBefore(giveUp));
        return after;
    }

    private String base() {
        return "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/";
    }

    private long webinar(int capacity, String startsAt) {
        Instant starts = Instant.parse(startsAt);
        Event event = new Event(EventKind.WEBINAR, "Kept pages " + System.nanoTime(), "A webinar about fresh pages.", "Test Speaker",
                starts, ZoneId.of("America/New_York"), Duration.ofMinutes(60), Audience.EVERYONE, capacity,
                new RegistrationWindow(clock.instant().minus(Duration.ofDays(1)), starts.minus(Duration.ofHours(1))), clock.instant());
        return events.save(event).getId();
    }

    private HttpResponse<String> get(String path, String session, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 200 || response.statusCode() == 304, path + " answered " + response.statusCode());
        return response;
    }

    private static String nonceOf(HttpResponse<String> response) {
        String policy = response.headers().allValues("Content-Security-Policy").stream().filter(p -> p.contains("'nonce-"))
                .findFirst().orElseThrow(() -> new AssertionError("no script policy"));
        return CachedPage.nonceIn(policy);
    }
}
