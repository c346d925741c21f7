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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civicportal.account.Jurisdiction;
import org.civicportal.account.Role;
import org.civicportal.events.Audience;
import org.civicportal.events.Event;
import org.civicportal.events.EventKind;
import org.civicportal.events.EventSeeding;
import org.civicportal.events.RegistrationWindow;
import org.civicportal.shared.PortalSettings;
import org.civicportal.testing.PortalDeployment;
import org.civicportal.testing.TestPeople;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The sitemap, robots.txt and the library's Atom feed over real HTTP, as a robot or a feed reader
 * reads them: parsed back, with the items this test publishes (a public one, a members-only one, a
 * draft that must stay out, a published event), Last-Modified and 304, and no session.
 * In-container, because the tests' portal starts without demonstration content.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryFeedsIT {

    private static final String MEMBERS_ONLY_TEXT = "The authority's staffing plan, for members only";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(LibraryFeedsIT.class, TestPeople.class);
    }

    // its port and context path lead back to the portal (see LibraryIT)
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

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private LibraryItem open;
    private LibraryItem membersOnly;
    private LibraryItem draft;
    private long eventId;

    @BeforeEach
    void aLibraryWithAPublicItemAMembersOnlyOneADraftAndAnEvent() {
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

    @Test
    void theSitemapListsThePublicPagesItemsAndEventsWithAbsoluteAddressesAndNoDraft() throws Exception {
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

    private String base() {
        return "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath() + "/";
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String ifModifiedSince) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("If-Modified-Since", ifModifiedSince)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
