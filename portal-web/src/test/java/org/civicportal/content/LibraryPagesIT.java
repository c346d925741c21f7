package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civicportal.account.Jurisdiction;
import org.civicportal.account.Role;
import org.civicportal.events.Audience;
import org.civicportal.events.Event;
import org.civicportal.events.EventKind;
import org.civicportal.events.EventSeeding;
import org.civicportal.events.RegistrationWindow;
import org.civicportal.shared.PortalSettings;
import org.civicportal.testing.MovableClock;
import org.civicportal.testing.PortalDeployment;
import org.civicportal.testing.SqlStatementCounter;
import org.civicportal.testing.TestControlServlet;
import org.civicportal.testing.TestPeople;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The library's public pages over real HTTP, as an anonymous visitor, a robot or a feed reader
 * reads them.
 *
 * <p>They are cheap: one anonymous request runs as many SQL statements with a handful of case
 * studies as with a full page of them (no statement per row), and creates no session. Counted with
 * {@link SqlStatementCounter}; the counts are printed. These tests run as a client.
 *
 * <p>The sitemap, robots.txt and the Atom feed are parsed back, with the items a test publishes (a
 * public one, a members-only one, a draft that must stay out, a published event), Last-Modified and
 * 304, and no session. These tests run inside the portal, because the tests' portal starts without
 * demonstration content and they publish their items through its services.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryPagesIT {

    /** Fewer than a page of the list shows. */
    private static final int FEW = 5;

    /** Added to the few, enough that every list shows a full page (20) and a second page exists. */
    private static final int MANY = 45;

    private static final Pattern CASE_STUDY_COUNT = Pattern.compile("<p id=\"count\" role=\"status\">(\\d+) case stud");
    private static final Pattern RESULT_COUNT = Pattern.compile("<p id=\"result-count\" role=\"status\">(\\d+) result");

    private static final String MEMBERS_ONLY_TEXT = "The authority's staffing plan, for members only";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(LibraryPagesIT.class, MovableClock.class, TestControlServlet.class, TestPeople.class,
                SqlStatementCounter.class);
    }

    // inside the portal: its port and context path lead back to the portal (see LibraryIT)
    @Inject
    HttpServletRequest runnerRequest;

    @Inject
    TestPeople people;

    @Inject
    LibrarySeeding seeding;

    @Inject
    LibraryWriting writing;

    @Inject
    EventSeeding events;

    @Inject
    PortalSettings settings;

    /** The portal's address, for the tests that run as a client (inside the portal there is none to inject). */
    private URL base;

    private LibraryItem open;
    private LibraryItem membersOnly;
    private LibraryItem draft;
    private long eventId;

    // ---- SQL statements per anonymous request, as a client

    @Test
    @RunAsClient
    void thePublicPagesRunAsManyStatementsForFiftyCaseStudiesAsForFive(@ArquillianResource URL portal) throws Exception {
        base = portal;
        int before = generatedListed(); // other test classes (and earlier runs) may have left case studies in Washington
        int foundBefore = number(RESULT_COUNT, anonymousPage("library/search.xhtml?q=generated").body());
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
    @RunAsClient
    void theCounterSeesOneRequestsStatementsAndNotTheSearchTimers(@ArquillianResource URL portal) throws Exception {
        base = portal;
        control("sql=reset");
        Thread.sleep(6_000); // the search's five-second tick runs meanwhile, on a timer thread
        assertEquals("0", control("sql=count"), "nothing ran on a request thread: " + control("sql=statements"));
        anonymousPage("library/case-studies.xhtml");
        control("sql=reset");
        anonymousPage("library/case-studies.xhtml");
        int list = Integer.parseInt(control("sql=count"));
        String statements = control("sql=statements");
        assertTrue(list >= 2 && statements.contains("case_study"), list + " statements:\n" + statements);
        anonymousPage("favicon.svg");
        assertEquals(String.valueOf(list), control("sql=count"), "a static file runs no SQL");
    }

    // ---- the sitemap, robots.txt and the feed, inside the portal

    @Test
    void theSitemapListsThePublicPagesItemsAndEventsWithAbsoluteAddressesAndNoDraft() throws Exception {
        publishAPublicItemAMembersOnlyOneADraftAndAnEvent();
        HttpResponse<String> response = get("sitemap.xml");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"),
                response.headers().firstValue("Content-Type").orElse("none"));
        assertNoSession(response);

        Document xml = parse(response.body());
        Element root = xml.getDocumentElement();
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", root.getNamespaceURI());
        assertEquals("urlset", root.getLocalName());
        Map<String, String> lastModified = new HashMap<>();
        NodeList urls = root.getElementsByTagNameNS(Sitemap.NAMESPACE, "url");
        assertTrue(urls.getLength() >= 10, "7 pages, 2 items and an event at least: " + urls.getLength());
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String location = text(url, "loc");
            URI address = URI.create(location);
            assertTrue(address.isAbsolute() && address.getHost() != null, location);
            assertTrue(location.startsWith(settings.link("")), "built on the portal's address: " + location);
            assertFalse(lastModified.containsKey(location), "listed once: " + location);
            lastModified.put(location, text(url, "lastmod"));
        }
        for (String page : List.of("", "about.xhtml", "dues.xhtml", "events/events.xhtml", "decision/index.xhtml",
                "library/index.xhtml", "library/case-studies.xhtml", "library/bibliography.xhtml")) {
            assertTrue(lastModified.containsKey(settings.link(page)), page);
        }
        for (LibraryItem item : List.of(open, membersOnly)) {
            String location = settings.link(item.getPath());
            assertTrue(lastModified.containsKey(location), "public item listed: " + location);
            String lastmod = lastModified.get(location);
            assertTrue(lastmod.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"), "a W3C datetime in UTC: " + lastmod);
            long off = Math.abs(Duration.between(Instant.parse(lastmod), item.getChangedAt()).toMillis());
            assertTrue(off < 1000, "lastmod is the item's last change: " + lastmod + " vs " + item.getChangedAt());
        }
        assertTrue(lastModified.keySet().stream().noneMatch(location -> location.endsWith("/" + draft.getSlug())),
                "a draft is not in the sitemap");
        assertTrue(lastModified.containsKey(settings.link("events/event.xhtml?id=" + eventId)), "the published event is listed");
    }

    @Test
    void theSitemapAnswers304WhenTheRobotsCopyIsCurrentAnd200WhenItIsOlder() throws Exception {
        publishAPublicItemAMembersOnlyOneADraftAndAnEvent();
        HttpResponse<String> first = get("sitemap.xml");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = get("sitemap.xml", lastModified);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertNoSession(again);
        String dayBefore = HTTP_DATE.format(ZonedDateTime.parse(lastModified, HTTP_DATE).minusDays(1));
        assertEquals(200, get("sitemap.xml", dayBefore).statusCode());
    }

    @Test
    void robotsTxtKeepsRobotsOutOfAdministrationAndAccountsAndPointsToTheSitemap() throws Exception {
        publishAPublicItemAMembersOnlyOneADraftAndAnEvent();
        HttpResponse<String> response = get("robots.txt");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertNoSession(response);
        Map<String, List<String>> rules = new HashMap<>();
        for (String line : response.body().split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                rules.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
        }
        assertEquals(List.of("*"), rules.get("user-agent"));
        assertEquals(List.of("/"), rules.get("allow"));
        assertEquals(List.of("/admin/", "/account/"), rules.get("disallow"));
        assertEquals(List.of(settings.link("sitemap.xml")), rules.get("sitemap"));
        assertTrue(URI.create(rules.get("sitemap").get(0)).isAbsolute());
    }

    @Test
    void theFeedHoldsTheNewestItemsWithAbsoluteLinksStableIdsAndOnlyTheirPublicSummaries() throws Exception {
        publishAPublicItemAMembersOnlyOneADraftAndAnEvent();
        HttpResponse<String> response = get("library/feed.atom");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/atom+xml;charset=utf-8",
                response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        assertNoSession(response);
        assertFalse(response.body().contains(MEMBERS_ONLY_TEXT), "a members-only item's text is not in the feed");

        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("Civic Portal library", feed.getTitle());
        assertTrue(feed.getEntries().size() >= 2 && feed.getEntries().size() <= 20, "entries: " + feed.getEntries().size());
        for (LibraryItem item : List.of(open, membersOnly)) {
            SyndEntry entry = feed.getEntries().stream().filter(e -> settings.link(item.getPath()).equals(e.getLink())).findFirst()
                    .orElseThrow(() -> new AssertionError("no entry links to " + item.getPath()));
            assertTrue(URI.create(entry.getLink()).isAbsolute(), entry.getLink());
            assertTrue(entry.getUri().startsWith("tag:") && entry.getUri().endsWith(":library/item/" + item.getId()), entry.getUri());
            assertTrue(entry.getTitle().contains(" "), entry.getTitle());
            assertEquals("Two neighbouring governments run one service together & share its cost.", entry.getDescription().getValue());
            assertEquals("text", entry.getDescription().getType());
            assertEquals("Case study", entry.getCategories().get(0).getName());
            assertNotNull(entry.getPublishedDate());
            assertNotNull(entry.getUpdatedDate());
            assertTrue(Math.abs(entry.getUpdatedDate().getTime() - item.getChangedAt().toEpochMilli()) < 1000, "updated is changedAt");
        }
        assertTrue(feed.getEntries().stream().noneMatch(e -> e.getLink().endsWith("/" + draft.getSlug())), "a draft is not in the feed");
        assertTrue(feed.getEntries().stream().noneMatch(e -> e.getTitle().startsWith("Unpublished draft")), "a draft is not in the feed");
    }

    @Test
    void theFeedAnswers304WhenTheReadersCopyIsCurrentAndTheLibraryPageAnnouncesIt() throws Exception {
        publishAPublicItemAMembersOnlyOneADraftAndAnEvent();
        HttpResponse<String> first = get("library/feed.atom");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = get("library/feed.atom", lastModified);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertNoSession(again);
        String dayBefore = HTTP_DATE.format(ZonedDateTime.parse(lastModified, HTTP_DATE).minusDays(1));
        assertEquals(200, get("library/feed.atom", dayBefore).statusCode());

        String page = get("library/index.xhtml").body();
        assertTrue(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"New in the library\" href=\""
                + runnerRequest.getContextPath() + "/library/feed.atom\""), page);
        assertTrue(page.contains(">Subscribe (Atom feed)</a>"), page);
    }

    /**
     * What the sitemap and feed tests read, published afresh by each of them (not in a {@code @BeforeEach}: that would
     * run on the client side for the tests that run as a client, where nothing is injected).
     */
    private void publishAPublicItemAMembersOnlyOneADraftAndAnEvent() {
        long editor = people.person("Esme Editor", Set.of(Role.EDITOR), false);
        open = seeding.publishCaseStudy(form("Shared building inspections " + unique(), "<p>Open text.</p>", Access.PUBLIC), editor).getItem();
        membersOnly = seeding.publishCaseStudy(form("A joint IT authority " + unique(), "<p>" + MEMBERS_ONLY_TEXT + ".</p>", Access.MEMBERS),
                editor).getItem();
        draft = writing.createCaseStudy(form("Unpublished draft " + unique(), "<p>Draft.</p>", Access.PUBLIC), editor).getItem();
        Instant startsAt = Instant.now().plus(Duration.ofDays(30));
        Event event = new Event(EventKind.WEBINAR, "Sharing services: the first year " + unique(), "A webinar.", "A Speaker", startsAt,
                ZoneId.of("America/New_York"), Duration.ofMinutes(60), Audience.EVERYONE, 100,
                new RegistrationWindow(Instant.now().minus(Duration.ofDays(1)), startsAt.minus(Duration.ofHours(1))), Instant.now());
        event.joinAt("https://webinar.example.org/join/" + unique());
        eventId = events.save(event).getId();
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
            anonymousPage(page[1]);
            control("sql=reset");
            anonymousPage(page[1]);
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
            found = number(RESULT_COUNT, anonymousPage("library/search.xhtml?q=generated").body());
            if (found == generated) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the search found " + found + " of " + generated + " generated case studies");
    }

    /** How many case studies the list filtered to Washington finds: the generated ones have a county there, other tests' do not. */
    private int generatedListed() throws Exception {
        return number(CASE_STUDY_COUNT, anonymousPage("library/case-studies.xhtml?state=WA").body());
    }

    private static int number(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertTrue(matcher.find(), "no " + pattern + " in:\n" + body);
        return Integer.parseInt(matcher.group(1));
    }

    private static CaseStudyForm form(String title, String body, Access access) {
        CaseStudyForm form = new CaseStudyForm();
        form.setTitle(title);
        // an ampersand that must come back from the feed as written, not as an entity
        form.setSummary("Two neighbouring governments run one service together & share its cost.");
        form.setBodyHtml(body);
        form.setJurisdictions(List.of(new Jurisdiction("Fairhaven", "OR", "US", 42_000)));
        form.setPartnerTypes(Set.of(PartnerType.INTERGOVERNMENTAL));
        form.setArrangement(Arrangement.INTERLOCAL_AGREEMENT);
        form.setAccess(access);
        return form;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The text of the url's child element, or null if it has none. */
    private static String text(Element url, String child) {
        NodeList found = url.getElementsByTagNameNS(Sitemap.NAMESPACE, child);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    private static void assertNoSession(HttpResponse<String> response) {
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "set " + response.headers().allValues("Set-Cookie"));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** The portal's address from inside it, where the runner's request came in. */
    private String addressFromInside() {
        return "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/";
    }

    /** Read from inside the portal; the status is for the caller to check, a 304 being one of the answers expected. */
    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(addressFromInside() + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String ifModifiedSince) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(addressFromInside() + path)).header("If-Modified-Since", ifModifiedSince)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String control(String query) throws Exception {
        return TestControlServlet.call(base, query);
    }

    /** A page read by an anonymous client: it must answer 200 and start no session. */
    private HttpResponse<String> anonymousPage(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " set " + response.headers().allValues("Set-Cookie"));
        return response;
    }
}
