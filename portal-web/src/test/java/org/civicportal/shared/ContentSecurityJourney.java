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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicportal.testing.Accessibility;
import org.civicportal.testing.Browser;
import org.civicportal.testing.ContentSecurity;
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
import org.openqa.selenium.JavascriptExecutor;

/**
 * The Content-Security-Policy in a real browser: pages send {@code script-src 'self' 'nonce-…'}
 * with a nonce fresh for each response, their own scripts (PrimeFaces, Ajax) run, and a script
 * injected into the page without the nonce is refused, as the console reports. Every other
 * journey also fails if the policy refuses anything on a page it checks (see {@link Accessibility}).
 */
@ExtendWith(ArquillianExtension.class)
class ContentSecurityJourney {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]{16,})'");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void pagesAllowOnlyTheirOwnScriptsWithAFreshNonce() throws Exception {
        String first = nonceOf(get("login.xhtml"));
        String second = nonceOf(get("login.xhtml"));
        assertFalse(first.equals(second), "each response has its own nonce");
        for (String page : List.of("", "signup.xhtml", "events/events.xhtml", "decision/index.xhtml")) {
            HttpResponse<String> response = get(page);
            String nonce = nonceOf(response);
            String policies = String.join(" | ", response.headers().allValues("Content-Security-Policy"));
            assertFalse(policies.contains("unsafe-inline") || policies.contains("unsafe-eval"), policies);
            assertTrue(policies.contains("frame-ancestors 'none'") && policies.contains("object-src 'none'"), policies);
            assertTrue(response.body().contains("nonce=\"" + nonce + "\""), page + ": the page's scripts carry the nonce");
            assertFalse(response.body().contains(" onclick=\""), page + ": no inline handler is rendered");
        }
    }

    @Test
    void anInjectedScriptIsRefusedWhileThePagesOwnScriptsRun() throws Exception {
        String email = Journeys.newEmail("casey");
        String password = "a policy worth keeping";
        TestControlServlet.call(base, "account=" + email + "&name=Casey+Morgan&password=a+policy+worth+keeping&roles=MEMBER&paid=true");
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml");
            Accessibility.assertNoViolations(browser.driver());
            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            assertEquals(Boolean.TRUE, page.executeScript("return typeof PrimeFaces === 'object';"), "the portal's own scripts ran");

            page.executeScript("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                    + " document.body.appendChild(s);"
                    + " var b = document.createElement('button'); b.id = 'injected-button';"
                    + " b.setAttribute('onclick', 'window.clicked = true'); document.body.appendChild(b); b.click();");
            assertEquals(Boolean.TRUE, page.executeScript("return window.injected === undefined && window.clicked === undefined;"),
                    "neither the injected script nor the injected handler ran");
            List<String> refusals = ContentSecurity.refusals(browser.driver());
            // Chromium's words: "Executing inline script violates … The action has been blocked." (older: "Refused to execute inline script")
            assertTrue(refusals.stream().anyMatch(line -> line.contains("inline script") && (line.contains("blocked") || line.contains("Refused"))),
                    String.valueOf(refusals));
            assertTrue(refusals.stream().anyMatch(line -> line.contains("inline event handler")), String.valueOf(refusals));

            // a form posted the classic way, then a member's page with Ajax, all under the policy
            Journeys.logIn(browser, email, "wrong password, twice wrong");
            Accessibility.assertNoViolations(browser.driver());
            Journeys.logIn(browser, email, password);
            browser.go("decision/matrices.xhtml");
            Accessibility.assertNoViolations(browser.driver());
            browser.go("events/events.xhtml");
            Accessibility.assertNoViolations(browser.driver());
        }
    }

    private HttpResponse<String> get(String page) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + page)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String nonceOf(HttpResponse<String> response) {
        String policies = String.join(" | ", response.headers().allValues("Content-Security-Policy"));
        Matcher matcher = NONCE.matcher(policies);
        assertTrue(matcher.find(), "no nonce in " + policies);
        return matcher.group(1);
    }
}
