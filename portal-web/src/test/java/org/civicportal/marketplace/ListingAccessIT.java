package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civicportal.testing.Journeys;
import org.civicportal.testing.MovableClock;
import org.civicportal.testing.PortalDeployment;
import org.civicportal.testing.TestControlServlet;
import org.civicportal.testing.TestPeople;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every action that carries a listing id (or a document id), tried as another provider, as a plain
 * member and anonymously, at the doors (called in a request of that caller) and over HTTP (pages,
 * documents, a forged postback): every one is refused, another provider's as "not found", and the
 * listing is left exactly as it was. The owner's own calls succeed, so the refusals are not an
 * accident of the set-up.
 */
@ExtendWith(ArquillianExtension.class)
class ListingAccessIT {

    private static final String PASSWORD = "only our own listings 27";

    /** Every door call that names a listing or a document. */
    private static final List<String> PROVIDER_ACTIONS = List.of("listing", "versions", "document", "save", "submit", "attach",
            "removeDocument", "renew");
    private static final List<String> MODERATOR_ACTIONS = List.of("moderationListing", "moderationDocument", "approve", "sendBack", "queue");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class,
                ListingTestProviders.class, ListingTestServlet.class);
    }

    @ArquillianResource
    URL base;

    private long listing;
    private String title;
    private long pendingDocument;
    private String pendingDocumentPath;
    private String ownerEmail;
    private String otherEmail;
    private long otherListing;
    private String memberEmail;
    private String stateBefore;

    @BeforeEach
    void twoProvidersAndAMember() throws Exception {
        control("clock=2027-03-01T17:00:00Z");
        String word = "Juniper" + System.nanoTime() % 1_000_000;
        ownerEmail = Journeys.newEmail("owner");
        otherEmail = Journeys.newEmail("other");
        memberEmail = Journeys.newEmail("member");
        long owner = Long.parseLong(ok("op=provider&name=" + enc(word + " Owners") + "&email=" + enc(ownerEmail) + "&password=" + enc(PASSWORD))[0]);
        long other = Long.parseLong(ok("op=provider&name=" + enc(word + " Others") + "&email=" + enc(otherEmail) + "&password=" + enc(PASSWORD))[0]);
        control("account=" + memberEmail + "&name=Mel%20Member&password=" + enc(PASSWORD) + "&roles=MEMBER&paid=true");
        long moderator = Long.parseLong(control("account=" + Journeys.newEmail("admin") + "&name=Ada%20Admin&password=" + enc(PASSWORD) + "&roles=ADMIN"));

        title = word + " shared fleet studies";
        listing = publish(owner, title, moderator);
        String[] document = ok("op=attach&org=" + owner + "&listing=" + listing + "&file=pdf&name=plan.pdf");
        pendingDocument = Long.parseLong(document[0]);
        pendingDocumentPath = document[2];
        otherListing = publish(other, word + " other offering", moderator);
        stateBefore = state(listing);
    }

    @Test
    void atTheDoorsAnotherProviderIsToldNotFoundAndAMemberOrNobodyIsRefused() throws Exception {
        String other = logIn(otherEmail);
        String member = logIn(memberEmail);
        for (String action : PROVIDER_ACTIONS) {
            String asOther = door(action, other);
            assertTrue(asOther.equals("OK not found") || asOther.equals("OK versions 0")
                    || asOther.equals("REFUSED InvalidInputException {listing=This listing was not found.}"), action + ": " + asOther);
            assertEquals("REFUSED EJBAccessException", door(action, member), action + " as a member");
            assertEquals("REFUSED EJBAccessException", door(action, null), action + " anonymously");
        }
        assertFalse(door("myListings", other).contains(String.valueOf(listing)));
        for (String action : MODERATOR_ACTIONS) {
            for (String caller : new String[] {other, member, null}) {
                assertEquals("REFUSED EJBAccessException", door(action, caller), action);
            }
        }
        assertEquals(stateBefore, state(listing), "nothing changed");

        String owner = logIn(ownerEmail);
        assertEquals("OK found " + listing, door("listing", owner));
        assertEquals("OK found " + pendingDocument, door("document", owner));
    }

    @Test
    void overHttpTheOwnersPagesAndDocumentsAreClosedToEveryoneElse() throws Exception {
        String other = logIn(otherEmail);
        String member = logIn(memberEmail);
        String page = "provider/listing.xhtml?id=" + listing;

        assertEquals(404, get(page, other).statusCode(), "another provider: not found");
        HttpResponse<String> othersList = get("provider/listings.xhtml", other);
        assertEquals(200, othersList.statusCode());
        assertFalse(othersList.body().contains(title));
        assertEquals(403, get(page, member).statusCode());
        assertEquals(403, get("provider/listings.xhtml", member).statusCode());
        HttpResponse<String> anonymous = get(page, null);
        assertNotEquals(200, anonymous.statusCode());
        assertFalse(anonymous.body().contains(title));

        for (String caller : new String[] {other, member, null}) {
            assertEquals(404, get(pendingDocumentPath, caller).statusCode(), "a pending document");
            int moderation = get("admin/marketplace/listing.xhtml?id=" + listing, caller).statusCode();
            assertTrue(moderation == 403 || moderation == 302 || moderation == 303, "moderation page: " + moderation);
            int queue = get("admin/marketplace/listings.xhtml", caller).statusCode();
            assertTrue(queue == 403 || queue == 302 || queue == 303, "queue: " + queue);
        }
        assertEquals(200, get(page, logIn(ownerEmail)).statusCode(), "the owner opens it");
        assertEquals(200, get(pendingDocumentPath, logIn(ownerEmail)).statusCode(), "and its pending document");
    }

    @Test
    void aForgedPostbackNamingAnotherProvidersListingIsRefusedAndChangesNothing() throws Exception {
        String other = logIn(otherEmail);
        String ownPage = get("provider/listing.xhtml?id=" + otherListing, other).body();
        String viewState = attribute(ownPage, "name=\"jakarta.faces.ViewState\"", "value");
        String area = attribute(ownPage, "<select id=\"listing:serviceAreaIds\"", null);
        String form = "listing=listing&id=" + listing + "&listing%3Atitle=" + enc("Taken over") + "&listing%3Asummary=" + enc("Ours now.")
                + "&listing%3AserviceAreaIds=" + area + "&listing%3ApartnershipKinds=INTERGOVERNMENTAL&listing%3Aregions=US-OR"
                + "&listing%3ApriceModel=FIXED_FEE&listing%3Asave=&jakarta.faces.ViewState=" + enc(viewState);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "provider/listing.xhtml?id=" + listing))
                .header("Cookie", "JSESSIONID=" + other).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", base + "provider/listing.xhtml").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() == 404 || answer.body().contains("This listing was not found."),
                answer.statusCode() + ": " + answer.body());
        assertEquals(stateBefore, state(listing), "nothing changed");
    }

    // ---- helpers

    private long publish(long organisation, String listingTitle, long moderator) throws Exception {
        String[] created = ok("op=create&org=" + organisation + "&title=" + enc(listingTitle) + "&summary=" + enc("What we offer.")
                + "&areas=%230&kinds=INTERGOVERNMENTAL&regions=US-OR&price=HOURLY");
        long id = Long.parseLong(created[0]);
        String[] sent = ok("op=submit&org=" + organisation + "&listing=" + id + "&seenId=" + created[1] + "&seen=" + created[2]);
        ok("op=approve&listing=" + id + "&seenId=" + sent[0] + "&seen=" + sent[1] + "&moderator=" + moderator);
        return id;
    }

    /** A door call as the caller of this session (null: nobody), with what each call needs. */
    private String door(String action, String session) throws Exception {
        String[] pending = value(stateBefore, "pending").split(":");
        String query = "op=door&action=" + action + "&listing=" + listing + "&document=" + pendingDocument + "&seenId=" + pending[0]
                + "&seen=" + pending[1] + "&title=" + enc("Taken over") + "&summary=" + enc("Ours now.") + "&areas=%230&kinds=PRIVATE"
                + "&regions=US&price=FREE";
        HttpResponse<String> response = get("test-listings?" + query, session);
        assertEquals(200, response.statusCode(), response.body());
        return response.body().trim();
    }

    private String state(long id) throws Exception {
        return ListingTestServlet.call(base, "op=state&listing=" + id).substring(3);
    }

    private static String value(String state, String name) {
        for (String part : state.split(" ")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        throw new AssertionError(name + " in " + state);
    }

    /** The value of the first {@code value="…"} after the marker. */
    private static String attribute(String page, String marker, String ignored) {
        int at = page.indexOf(marker);
        assertTrue(at >= 0, marker + " in " + page);
        int start = page.indexOf("value=\"", at) + "value=\"".length();
        return page.substring(start, page.indexOf('"', start));
    }

    private String[] ok(String query) throws Exception {
        String answer = ListingTestServlet.call(base, query);
        assertTrue(answer.startsWith("OK"), query + " answered " + answer);
        return answer.length() <= 3 ? new String[0] : answer.substring(3).split(" ");
    }

    /** Logs in through the log-in form, as a browser posts it; returns the session id. */
    private String logIn(String email) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String viewState = attribute(page, "name=\"jakarta.faces.ViewState\"", "value");
        String form = "login=login&login%3AreturnTo=&login%3Aemail=" + enc(email) + "&login%3Apassword=" + enc(PASSWORD)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(viewState);
        HttpResponse<String> answer = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Referer", base + "login.xhtml")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, answer.statusCode(), "logged in: " + answer.body());
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).orElseThrow();
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String control(String query) throws Exception {
        return TestControlServlet.call(base, query);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
