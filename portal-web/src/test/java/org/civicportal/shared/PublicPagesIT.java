package org.civicportal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.civicportal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What any client sees over real HTTP: no sessions on public pages, protected pages, refused forgeries. */
@ExtendWith(ArquillianExtension.class)
class PublicPagesIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void publicPagesAnswerWithoutCreatingASession() throws Exception {
        for (String page : List.of("", "index.xhtml", "about.xhtml", "signup.xhtml", "login.xhtml",
                "account/forgot-password.xhtml", "account/verify.xhtml?token=abc", "account/reset-password.xhtml?token=abc",
                "events/events.xhtml", "events/events.xhtml?when=past&kind=WEBINAR", "events/event.xhtml?id=1",
                "decision/index.xhtml", "dues.xhtml", "dues.xhtml?category=CAO_ACAO&population=8000",
                "dues.xhtml?category=NONE&population=not+a+number")) {
            HttpResponse<String> response = get(page);
            assertEquals(200, response.statusCode(), page);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(),
                    page + " set " + response.headers().allValues("Set-Cookie"));
            assertTrue(response.body().contains("<html lang=\"en\""), page);
        }
    }

    @Test
    void theDuesCalculatorQuotesFromTheScheduleAndRefusesBadInputNextToTheField() throws Exception {
        // the seeded schedule: CAO/ACAO 395.00 less 40 % under 10,000
        String quote = get("dues.xhtml?category=CAO_ACAO&population=8000").body();
        assertTrue(quote.contains("<dd id=\"quote-total\"><strong>USD 237.00</strong></dd>"), quote);
        // 10,000 is the first population of the next band: 25 % off
        assertTrue(get("dues.xhtml?category=CAO_ACAO&population=10000").body().contains("USD 296.25"));
        // affiliates have no small-community discount
        assertTrue(get("dues.xhtml?category=AFFILIATE&population=8000").body().contains("id=\"no-discount\""));

        for (String[] bad : new String[][] {
                {"population=abc", "Enter the population as a whole number, like 12500."},
                {"population=", "Enter the population, as a whole number."},
                {"population=0", "The population must be at least 1."},
                {"population=2000000001", "The population must be below 2 billion."},
                {"population=" + "9".repeat(5000), "The population must be below 2 billion."}}) {
            HttpResponse<String> response = get("dues.xhtml?category=CAO_ACAO&" + bad[0]);
            assertEquals(200, response.statusCode(), bad[0]);
            assertTrue(response.body().contains("id=\"population-error\"><span class=\"ui-message-error-detail\">" + bad[1]),
                    bad[0] + ": " + response.body());
            assertFalse(response.body().contains("id=\"quote\""), bad[0]);
        }
        String unknown = get("dues.xhtml?category=PLATINUM&population=8000").body();
        assertTrue(unknown.contains("Choose one of the categories in the list."), unknown);
        assertFalse(unknown.contains("PLATINUM"), "typed text that is not a category is not echoed");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = get("login.xhtml");
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
    }

    @Test
    void protectedPagesSendAnonymousVisitorsToTheLogInForm() throws Exception {
        for (String page : List.of("admin/index.xhtml", "admin/account/accounts.xhtml", "admin/mail/outbox.xhtml",
                "admin/membership/approvals.xhtml", "admin/membership/export?what=members", "account/profile.xhtml",
                "account/dashboard.xhtml",
                "membership/membership.xhtml", "membership/receipt?invoice=1", "events/my-events.xhtml",
                "events/certificate?id=1", "admin/events/events.xhtml", "admin/events/registrants?id=1",
                "admin/servicearea/areas.xhtml", "admin/decision/reference.xhtml", "decision/matrices.xhtml",
                "decision/matrix.xhtml?id=1", "decision/results.xhtml?id=1", "decision/dialogue.xhtml?id=1",
                "decision/report?id=1", "decision/export?id=1")) {
            HttpResponse<String> response = get(page);
            assertEquals(302, response.statusCode(), page);
            String location = response.headers().firstValue("Location").orElse("");
            assertTrue(location.contains("/login.xhtml?returnTo="), location);
        }
    }

    @Test
    void logOutIsNeverAGet() throws Exception {
        assertEquals(405, get("account/logout").statusCode());
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() throws Exception {
        String form = "signup=signup&signup%3AfullName=Mallory&jakarta.faces.ViewState=stateless";
        HttpRequest foreign = HttpRequest.newBuilder(URI.create(base + "signup.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        assertEquals(403, http.send(foreign, HttpResponse.BodyHandlers.discarding()).statusCode());

        HttpRequest noOrigin = HttpRequest.newBuilder(URI.create(base + "account/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        assertEquals(403, http.send(noOrigin, HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void anUnknownPageGetsAPlainNotFoundPage() throws Exception {
        HttpResponse<String> response = get("no-such-page.xhtml");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"), response.body());
    }

    @Test
    void payarasOwnMetricsAndHealthGiveAnonymousCallersNothing() throws Exception {
        // Payara Micro serves these at the server's root, outside the portal's war: switched off
        for (String endpoint : List.of("/metrics", "/metrics/base", "/metrics/application", "/health", "/health/ready")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(endpoint)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(List.of(401, 403, 404).contains(response.statusCode()), endpoint + " answered " + response.statusCode());
            assertFalse(response.body().contains("# TYPE") || response.body().contains("\"checks\""), endpoint + ": " + response.body());
        }
    }

    @Test
    void thePortalsHealthAnswersOnlyOnTheServerItself() throws Exception {
        HttpResponse<String> local = get("health");
        assertEquals(200, local.statusCode(), local.body());
        assertTrue(local.body().contains("{\"name\":\"database\",\"status\":\"UP\"}"), local.body());
        assertTrue(local.headers().allValues("Set-Cookie").isEmpty());

        // through a reverse proxy on the same host the connection is local, but the caller is not
        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create(base + "health"))
                .header("X-Forwarded-For", "203.0.113.9").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, proxied.statusCode());
        assertFalse(proxied.body().contains("database"), proxied.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
