package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.civicportal.shared.mail.DeliveryRaceServlet;
import org.civicportal.testing.Accessibility;
import org.civicportal.testing.Browser;
import org.civicportal.testing.Journeys;
import org.civicportal.testing.Mailbox;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A new member, in headless Chromium: sign up (with mistakes first) → confirmation mail →
 * confirm → log in → edit the profile → log out. Every page passes axe-core's WCAG 2.1 AA rules.
 */
@ExtendWith(ArquillianExtension.class)
class AccountJourney {

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.smtpServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class,
                DeliveryRaceServlet.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aNewMemberSignsUpConfirmsLogsInEditsTheProfileAndLogsOut() throws Exception {
        String email = Journeys.newEmail("jordan");
        String password = "maple syrup and fog";
        try (Browser browser = Browser.open(base)) {
            // public pages: accessible, keyboard first, and no session for a visitor
            browser.go("");
            assertEquals("Deliver public services better, together", browser.heading());
            Accessibility.assertNoViolations(browser.driver());
            browser.find("body").sendKeys(Keys.TAB);
            assertEquals("Skip to main content", browser.driver().switchTo().activeElement().getText());
            browser.go("signup.xhtml");
            Accessibility.assertNoViolations(browser.driver());
            assertNull(browser.sessionId(), "visiting public pages created no HTTP session");

            // mistakes are explained next to their fields, and nothing is created
            browser.clickAndWait("#signup\\:submit");
            assertEquals("Enter your full name.", messageFor(browser, "fullName"));
            assertEquals("Enter your email address.", messageFor(browser, "email"));
            assertEquals("Enter the population as a whole number, like 12500.", messageFor(browser, "population"));
            Accessibility.assertNoViolations(browser.driver());

            Journeys.fillSignUp(browser, "Jordan Rivers", "jordan@localhost", "short");
            browser.clickAndWait("#signup\\:submit");
            assertEquals(org.civicportal.account.SignUp.MALFORMED_EMAIL, messageFor(browser, "email"));

            Journeys.fillSignUp(browser, "Jordan Rivers", email, "password1");
            browser.clickAndWait("#signup\\:submit");
            assertTrue(messageFor(browser, "password").contains("too common"), messageFor(browser, "password"));
            assertNull(browser.sessionId(), "a stateless form posts without a session");

            Journeys.fillSignUp(browser, "Jordan Rivers", email, password);
            browser.clickAndWait("#signup\\:submit");
            assertTrue(browser.mainText().contains("Check your email"), browser.mainText());

            // the link arrives by SMTP; opening it changes nothing until the button is pressed
            String token = Mailbox.token(Mailbox.awaitMessage(smtp, email, "Confirm your email"));
            browser.go("account/verify.xhtml?token=" + token);
            Accessibility.assertNoViolations(browser.driver());
            Journeys.logIn(browser, email, password);
            assertTrue(browser.mainText().contains("Confirm your email address first"), browser.mainText());

            browser.go("account/verify.xhtml?token=" + token).clickAndWait("#confirm\\:submit");
            assertTrue(browser.mainText().contains(email + " is confirmed"), browser.mainText());
            browser.go("account/verify.xhtml?token=" + token).clickAndWait("#confirm\\:submit");
            assertTrue(browser.mainText().contains("already confirmed. You can log in."), browser.mainText());
            assertTrue(browser.findAll("#resend").isEmpty(), "no new link offered for a confirmed address");
            assertEquals("Log in", browser.find("#already-confirmed a").getText());
            Accessibility.assertNoViolations(browser.driver());

            // log in: a wrong password first, then the right one, which lands on "My portal"; the profile is a click away
            Journeys.logIn(browser, email, "not my password");
            assertTrue(browser.mainText().contains("The email address or password is not right"), browser.mainText());
            assertEquals(1, browser.findAll("#login [role=alert]").size(), "the error is announced once");
            assertTrue(browser.find("#login [role=alert]").getText().contains("not right"));
            Accessibility.assertNoViolations(browser.driver());
            Journeys.logIn(browser, email, password);
            assertEquals("My portal", browser.heading());
            Accessibility.assertNoViolations(browser.driver());
            browser.go("account/profile.xhtml");
            assertEquals("My profile", browser.heading());
            assertEquals(email, browser.find("#account-email").getText());
            Accessibility.assertNoViolations(browser.driver());
            String firstSession = browser.sessionId();
            assertNotNull(firstSession);

            // a MEMBER gets 403 on the administration pages
            assertEquals(403, statusWithSession(base, "admin/index.xhtml", firstSession));
            assertEquals(403, statusWithSession(base, "admin/account/accounts.xhtml", firstSession));

            // profile edit, with a mistake first
            browser.type("#details\\:population", "0").clickAndWait("#details\\:save");
            assertEquals("The population must be at least 1.", messageFor(browser, "details", "population"));
            browser.type("#details\\:population", "21400").type("#details\\:positionTitle", "County Manager")
                    .clickAndWait("#details\\:save");
            assertTrue(browser.mainText().contains("Your profile is saved."), browser.mainText());
            browser.go("account/profile.xhtml");
            assertEquals("21400", browser.find("#details\\:population").getAttribute("value"));
            assertEquals("County Manager", browser.find("#details\\:positionTitle").getAttribute("value"));

            // password change asks for the current password, and says so by mail
            String newPassword = "tidewater and granite";
            browser.type("#password\\:currentPassword", "not my password").type("#password\\:newPassword", newPassword)
                    .clickAndWait("#password\\:change");
            assertEquals("Your current password is not right.", messageFor(browser, "password", "currentPassword"));
            browser.type("#password\\:currentPassword", password).type("#password\\:newPassword", newPassword)
                    .clickAndWait("#password\\:change");
            assertTrue(browser.mainText().contains("Your password is changed."), browser.mainText());
            Mailbox.awaitMessage(smtp, email, "password was changed");

            // logging in again on the same browser gets a new session id (no session fixation)
            Journeys.logIn(browser, email, newPassword);
            assertNotEquals(firstSession, browser.sessionId());

            // log out ends the session: the profile asks for a log-in again
            String lastSession = browser.sessionId();
            Journeys.logOut(browser);
            assertTrue(browser.mainText().contains("You are logged out."), browser.mainText());
            assertEquals(302, statusWithSession(base, "account/profile.xhtml", lastSession));
            browser.go("account/profile.xhtml");
            assertEquals("Log in", browser.heading());
            assertTrue(browser.driver().getCurrentUrl().contains("returnTo="), browser.driver().getCurrentUrl());
        }
    }

    @Test
    void everySignUpMistakeIsShownAtOnceWithASummaryAndOneRoundOfFixesIsEnough() throws Exception {
        String email = Journeys.newEmail("riley");
        String password = "quiet harbour at noon";
        try (Browser browser = Browser.open(base)) {
            // four mistakes: a malformed address, a common password, no local government, a population in words
            Journeys.fillSignUp(browser, "Riley Chen", "riley@localhost", "password1");
            browser.find("#signup\\:name").clear();
            browser.type("#signup\\:population", "about 12 thousand");
            browser.clickAndWait("#signup\\:submit");

            assertEquals(SignUp.MALFORMED_EMAIL, messageFor(browser, "email"));
            assertTrue(messageFor(browser, "password").contains("too common"), messageFor(browser, "password"));
            assertEquals("Enter the name of your city, county or other local government.", messageFor(browser, "name"));
            assertEquals("Enter the population as a whole number, like 12500.", messageFor(browser, "population"));
            assertEquals(4, browser.findAll(".field .ui-message-error").size(), "no other field complains");

            // the summary: how many, and a link to each field in the form's order, announced once
            assertEquals("4 things to fix", browser.find("#signup-errors h2").getText());
            assertEquals("alert", browser.find("#signup-errors").getAttribute("role"));
            assertTrue(browser.findAll("#signup-errors [role]").isEmpty(), "one live region for the list, not one per item");
            assertEquals(List.of("signup-errors"), browser.findAll("[role=alert], [aria-live]").stream()
                    .map(element -> element.getAttribute("id")).toList(), "the field messages do not announce the errors again");
            List<WebElement> links = browser.findAll("#signup-errors li a");
            assertEquals(List.of("#signup:email", "#signup:password", "#signup:name", "#signup:population"),
                    links.stream().map(link -> link.getDomAttribute("href")).toList());
            assertEquals(List.of(SignUp.MALFORMED_EMAIL, messageFor(browser, "password"), messageFor(browser, "name"),
                            messageFor(browser, "population")),
                    links.stream().map(WebElement::getText).toList());
            for (WebElement link : links) {
                String target = link.getDomAttribute("href").substring(1);
                assertEquals(1, browser.driver().findElements(By.id(target)).size(), "the link leads to a field: " + target);
            }

            // what was typed is kept, in the refused fields too, so each mistake is mended where it is
            assertEquals("Riley Chen", browser.find("#signup\\:fullName").getAttribute("value"));
            assertEquals("about 12 thousand", browser.find("#signup\\:population").getAttribute("value"));
            assertEquals("riley@localhost", browser.find("#signup\\:email").getAttribute("value"));
            assertEquals("password1", browser.find("#signup\\:password").getAttribute("value"));
            Accessibility.assertNoViolations(browser.driver());
            assertNull(browser.sessionId(), "still no session");

            // one round of corrections is enough, and a population is accepted as people write it
            browser.type("#signup\\:email", email).type("#signup\\:password", password)
                    .type("#signup\\:name", "Clearwater County").type("#signup\\:population", "12,500")
                    .clickAndWait("#signup\\:submit");
            assertTrue(browser.mainText().contains("Check your email"), browser.mainText());
            Mailbox.awaitMessage(smtp, email, "Confirm your email");
        }
    }

    @Test
    void theSignUpPageSentBackWithErrorsIsNotStoredButTheEmptyFormMayBe() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> empty = client.send(HttpRequest.newBuilder(URI.create(base + "signup.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, empty.statusCode());
        assertFalse(empty.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                empty.headers().firstValue("Cache-Control").orElse(""));

        String origin = base.getProtocol() + "://" + base.getAuthority();
        String body = "signup=signup&signup%3Aemail=nobody%40localhost&signup%3Apassword=a+secret+phrase+typed&signup%3AfullName=Pat+Lee"
                + "&signup%3Asubmit=&jakarta.faces.ViewState=stateless";
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(base + "signup.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("things to fix"), refused.body());
        String page = refused.body();
        assertTrue(page.contains("value=\"a secret phrase typed\""), "the accepted password is sent back with the other errors");
        assertEquals("no-store", refused.headers().firstValue("Cache-Control").orElse(""), "so no cache keeps it");
    }

    @Test
    void theConfirmationLinkCanBeSentAgainFromTheLogInAndVerifyPagesAFewTimesAnHour() throws Exception {
        Instant now = Instant.parse(TestControlServlet.call(base, "clock=" + Instant.now()));
        String email = Journeys.newEmail("casey");
        String password = "lighthouse on the bay";
        try (Browser browser = Browser.open(base)) {
            Journeys.fillSignUp(browser, "Casey Morgan", email, password);
            browser.clickAndWait("#signup\\:submit");
            Mailbox.awaitMessage(smtp, email, "Confirm your email");

            // the log-in page offers a new link to an unconfirmed account, and the button works
            now = moveClock(now, Duration.ofMinutes(2));
            Journeys.logIn(browser, email, password);
            assertTrue(browser.mainText().contains("Confirm your email address first"), browser.mainText());
            browser.clickAndWait("#login\\:resend");
            assertTrue(browser.mainText().contains("a new link is on its way"), browser.mainText());
            awaitCount(email, "Confirm your email", 2);

            // pressed again at once: the same answer, but no more mail
            Journeys.logIn(browser, email, password);
            browser.clickAndWait("#login\\:resend");
            assertTrue(browser.mainText().contains("a new link is on its way"), browser.mainText());

            // a refused link offers a new one on the verify page, and that button works too
            now = moveClock(now, Duration.ofMinutes(2));
            browser.go("account/verify.xhtml?token=no-such-link").clickAndWait("#confirm\\:submit");
            Accessibility.assertNoViolations(browser.driver());
            browser.type("#resend\\:email", email).clickAndWait("#resend\\:submit");
            assertTrue(browser.mainText().contains("a new link is on its way"), browser.mainText());
            awaitCount(email, "Confirm your email", 3);

            // three messages an hour to one mailbox: the fourth request sends nothing
            moveClock(now, Duration.ofMinutes(2));
            browser.go("account/verify.xhtml?token=no-such-link").clickAndWait("#confirm\\:submit");
            browser.type("#resend\\:email", email).clickAndWait("#resend\\:submit");
            assertTrue(browser.mainText().contains("a new link is on its way"), browser.mainText());
        }
        Thread.sleep(3000);
        assertEquals(3, count(email, "Confirm your email"), "rate limited: no fourth message");
    }

    @Test
    void eachQueuedMessageIsDeliveredOnceHoweverManyRunsRaceForIt() throws Exception {
        Instant now = Instant.parse(TestControlServlet.call(base, "clock=" + Instant.now()));
        String prefix = "race-" + System.nanoTime();
        call("queue=12&to=" + prefix);
        for (int i = 0; i < 12; i++) {
            Mailbox.awaitMessage(smtp, prefix + "-" + i + "@race.example.org", "Race " + i);
        }
        call("run");
        Thread.sleep(3000);
        for (int i = 0; i < 12; i++) {
            assertEquals(1, count(prefix + "-" + i + "@race.example.org", "Race " + i), "message " + i);
        }

        // a message being sent is left alone when the clock moves forward, and retried once its claim ends
        String claimed = prefix + "-claimed@race.example.org";
        call("claimed=" + claimed);
        now = moveClock(now, Duration.ofMinutes(5));
        call("run");
        Thread.sleep(2000);
        assertEquals(0, count(claimed, "Claimed"), "not sent a second time while the first send may still go on");
        moveClock(now, Duration.ofMinutes(16));
        call("run");
        Mailbox.awaitMessage(smtp, claimed, "Claimed");
        call("run");
        Thread.sleep(2000);
        assertEquals(1, count(claimed, "Claimed"));
    }

    private Instant moveClock(Instant from, Duration by) throws Exception {
        return Instant.parse(TestControlServlet.call(base, "clock=" + from.plus(by)));
    }

    private void call(String query) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "test-mail-delivery?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    private long count(String recipient, String subjectStart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getSubject().startsWith(subjectStart)
                        && message.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString().equalsIgnoreCase(recipient);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count();
    }

    private void awaitCount(String recipient, String subjectStart, long expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (count(recipient, subjectStart) < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals(expected, count(recipient, subjectStart));
    }

    private static String messageFor(Browser browser, String field) {
        return messageFor(browser, "signup", field);
    }

    private static String messageFor(Browser browser, String form, String field) {
        return browser.find(".field:has([id='" + form + ":" + field + "']) .ui-message").getText().trim();
    }

    static int statusWithSession(URL base, String path, String sessionId) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "JSESSIONID=" + sessionId)
                .GET().build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
