package org.civicportal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.civicportal.testing.HttpLogIn;
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
 * The portal while its database cannot be reached (every pooled connection taken, as when the
 * database is down or overloaded): pages answer 503 with Retry-After and a plain "try again"
 * page within the pool's bounded wait, a form sent meanwhile saves nothing, the readiness check
 * says the database is down, and everything works again the moment connections come back. A
 * logged-in person, whose session is checked against the database before any page runs, gets the
 * same page, and is still logged in afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

    /** The pool waits 3 s for a connection; the page must come well within twice that. */
    private static final Duration QUICKLY = Duration.ofSeconds(6);

    private static final String MEMBER_PASSWORD = "kept through an outage";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void withoutItsDatabaseThePortalSaysTryAgainQuicklyAndRecovers() throws Exception {
        assertEquals(200, get("events/events.xhtml").statusCode());
        String email = "outage-" + UUID.randomUUID().toString().substring(0, 8) + "@county.example.org";
        String memberEmail = "outage-member-" + UUID.randomUUID().toString().substring(0, 8) + "@county.example.org";
        TestControlServlet.call(base, "account=" + memberEmail + "&name=Sam%20Outage&password=" + MEMBER_PASSWORD.replace(" ", "%20")
                + "&roles=MEMBER");
        String session = HttpLogIn.sessionOf(base, memberEmail, MEMBER_PASSWORD);
        assertEquals(200, get("account/profile.xhtml", session).statusCode());
        try {
            assertTrue(Integer.parseInt(TestControlServlet.call(base, "connections=hold")) > 0);

            long started = System.nanoTime();
            HttpResponse<String> page = get("events/events.xhtml");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(503, page.statusCode(), page.body());
            assertEquals("10", page.headers().firstValue("Retry-After").orElse(""));
            assertTrue(page.body().contains("We cannot reach our database right now"), page.body());
            assertTrue(page.body().contains("<html lang=\"en\">"));
            assertTrue(took.compareTo(QUICKLY) < 0, "answered after " + took);

            HttpResponse<String> signUp = post("signup.xhtml", "signup=signup&signup%3AfullName=Dana+Reyes&signup%3Aemail=" + email
                    + "&signup%3Apassword=a+long+enough+password&signup%3Aname=Clearwater&signup%3Aregion=MT&signup%3Acountry=US"
                    + "&signup%3Apopulation=18250&signup%3ApositionTitle=Administrator&signup%3ApositionType=CAO"
                    + "&signup%3Asubmit=&jakarta.faces.ViewState=stateless");
            assertEquals(503, signUp.statusCode());

            long loggedInStarted = System.nanoTime();
            HttpResponse<String> theirPage = get("account/profile.xhtml", session);
            Duration loggedInTook = Duration.ofNanos(System.nanoTime() - loggedInStarted);
            assertEquals(503, theirPage.statusCode(), theirPage.body());
            assertEquals("10", theirPage.headers().firstValue("Retry-After").orElse(""));
            assertTrue(theirPage.body().contains("We cannot reach our database right now"), theirPage.body());
            assertTrue(loggedInTook.compareTo(QUICKLY) < 0, "answered after " + loggedInTook);

            HttpResponse<String> health = get("health");
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("{\"name\":\"database\",\"status\":\"DOWN\"}"), health.body());
        } finally {
            TestControlServlet.call(base, "connections=release");
        }
        assertEquals(200, get("events/events.xhtml").statusCode(), "the portal recovers as soon as connections return");
        assertEquals(200, get("health").statusCode());
        assertEquals(200, get("account/profile.xhtml", session).statusCode(), "still logged in");
        // the sign-up sent during the outage saved nothing: the address is still free
        assertEquals("0", TestControlServlet.call(base, "countAccounts=" + email));
    }

    private HttpResponse<String> get(String page) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + page)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String page, String session) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + page)).header("Cookie", "JSESSIONID=" + session).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String page, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.getProtocol() + "://" + base.getHost() + ":" + base.getPort())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
