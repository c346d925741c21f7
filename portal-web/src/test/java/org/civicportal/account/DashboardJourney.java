package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
import org.openqa.selenium.WebElement;

/**
 * "My portal", where people land after logging in, in each state: a new account is told to join;
 * a county administrator who applied waits for approval, then has an invoice to pay; an
 * administrator sees the applications and invoices waiting change; a paid member sees their
 * webinar seat, the join link only near the start, their matrix, and later that renewal is open;
 * someone on the waitlist sees their place and the invitation to score a colleague's matrix.
 * A log-in with {@code returnTo} still goes where it was asked.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardJourney {

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.smtpServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class);
    }

    @ArquillianResource
    URL base;

    private String control(String query) throws Exception {
        return TestControlServlet.call(base, query);
    }

    @Test
    void eachPersonSeesWhatToDoNext() throws Exception {
        Instant now = Instant.parse("2027-02-01T15:00:00Z");
        control("clock=" + now);
        String applicant = Journeys.newEmail("rowan");
        String password = "county courthouse steps";
        String memberEmail = Journeys.newEmail("sasha");
        String waitingEmail = Journeys.newEmail("toni");
        control("account=" + memberEmail + "&name=Sasha%20Reyes&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&roles=MEMBER&paid=true");
        control("account=" + waitingEmail + "&name=Toni%20Walsh&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&roles=MEMBER&paid=true");
        Instant startsAt = Instant.parse("2027-02-10T19:00:00Z"); // 2:00 PM in New York
        String title = "Joint Purchasing for Small Towns";
        String eventId = control("capacity=1&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&startsAt=" + startsAt);

        try (Browser person = Browser.open(base); Browser admin = Browser.open(base); Browser member = Browser.open(base);
             Browser waiting = Browser.open(base)) {
            // a new account lands on "My portal", which says to join
            Journeys.signUpAndConfirm(person, smtp, "Rowan Hale", applicant, password);
            Journeys.logIn(person, applicant, password);
            assertEquals("My portal", person.heading());
            assertTrue(person.currentPath().endsWith("/account/dashboard.xhtml"), person.currentPath());
            assertTrue(person.find("#membership-step").getText().startsWith("You are not a member yet."), person.mainText());
            assertTrue(person.find("#join").getAttribute("href").contains("/membership/membership.xhtml"));
            assertTrue(person.findAll("#staff").isEmpty(), "no staff section for a member");
            assertTrue(person.find("#upcoming").getText().isEmpty() && person.mainText().contains("No registration yet."));
            Accessibility.assertNoViolations(person.driver());

            // the county administrator applies at the CAO rate: waiting for approval
            person.clickAndWait("#join");
            person.clickAndWait("button.join-CAO_ACAO");
            assertTrue(person.find("#awaiting").isDisplayed());
            person.go("account/dashboard.xhtml");
            assertTrue(person.find("#awaiting").getText().contains("waiting for an administrator's approval"), person.mainText());
            Accessibility.assertNoViolations(person.driver());

            // the administrator's overview counts what waits, with links to the pages
            Journeys.logIn(admin, System.getProperty("test.admin.email"), System.getProperty("test.admin.password"));
            assertEquals("My portal", admin.heading());
            long applications = count(admin, "#applications");
            long invoices = count(admin, "#invoices");
            assertTrue(applications >= 1, "the application just made waits");
            assertTrue(admin.find("#applications a").getAttribute("href").contains("/admin/membership/approvals.xhtml"));
            assertTrue(admin.find("#invoices a").getAttribute("href").contains("/admin/membership/invoices.xhtml"));
            assertTrue(admin.find("#drafts a").getAttribute("href").contains("/admin/events/events.xhtml"));
            Accessibility.assertNoViolations(admin.driver());

            // approved: the applicant has an invoice to pay, and the administrator's counts moved
            admin.clickAndWait("#applications a");
            WebElement row = rowContaining(admin, "#approvals\\:table", applicant);
            row.findElement(By.cssSelector("textarea")).sendKeys("Confirmed on the county's website.");
            row.findElement(By.cssSelector("button[id$=':approve']")).click();
            admin.waitForText("main", "Approved: the invoice was sent to " + applicant);
            admin.go("account/dashboard.xhtml");
            assertEquals(applications - 1, count(admin, "#applications"));
            assertEquals(invoices + 1, count(admin, "#invoices"));
            person.go("account/dashboard.xhtml");
            String pay = person.find("#pay").getText();
            assertTrue(pay.startsWith("Invoice INV-") && pay.contains("USD ") && pay.contains("is waiting for payment"), pay);
            assertTrue(person.find("#pay-link").getAttribute("href").contains("/membership/membership.xhtml"));
            Accessibility.assertNoViolations(person.driver());

            // a paid member registers for a webinar and starts a matrix inviting a colleague
            Journeys.logIn(member, memberEmail, password);
            assertTrue(member.find("#active").getText().startsWith("Active until "), member.mainText());
            assertTrue(member.mainText().contains("You have no matrix yet."), member.mainText());
            member.go("events/event.xhtml?id=" + eventId);
            member.clickAndWait("#registration\\:register");
            member.go("decision/matrices.xhtml");
            member.type("#create\\:title", "Purchasing: a regional cooperative?");
            member.clickAndWait("#create\\:start");
            member.clickAndWait("#dialogue-link");
            member.type("#invite\\:inviteName", "Toni Walsh").type("#invite\\:inviteEmail", waitingEmail);
            member.clickAndWait("#invite\\:send");
            assertTrue(member.mainText().contains("Toni Walsh"), member.mainText());

            member.go("account/dashboard.xhtml");
            assertEquals("My portal", member.heading(), member.mainText());
            String upcoming = member.find("#upcoming").getText();
            assertTrue(upcoming.contains(title + ", Wednesday, February 10, 2027, 2:00 PM EST (New York time) (you have a seat)"), upcoming);
            assertTrue(upcoming.contains("the join link appears from") && upcoming.contains("1:30 PM"), upcoming);
            assertTrue(member.findAll("#upcoming a.join-link").isEmpty(), "no join link a week before");
            assertTrue(member.find("#matrices").getText().contains("Purchasing: a regional cooperative?"), member.mainText());
            assertTrue(member.findAll("#invitations").isEmpty(), "the owner is not invited to their own matrix");
            Accessibility.assertNoViolations(member.driver());

            // the colleague is on the waitlist and is told of the invitation waiting
            Journeys.logIn(waiting, waitingEmail, password);
            waiting.go("events/event.xhtml?id=" + eventId);
            waiting.clickAndWait("#registration\\:register");
            waiting.go("account/dashboard.xhtml");
            assertTrue(waiting.find("#upcoming").getText().contains(title + ", Wednesday, February 10, 2027, 2:00 PM EST (New York time)"
                    + " (on the waitlist, number 1)"), waiting.find("#upcoming").getText());
            String invitation = waiting.find("#invitations").getText();
            assertTrue(invitation.contains("Sasha Reyes invited you to score") && invitation.contains("Purchasing: a regional cooperative?"),
                    invitation);
            Accessibility.assertNoViolations(waiting.driver());

            // 20 minutes before the start the join link shows to the seat holder only
            control("clock=" + startsAt.minus(Duration.ofMinutes(20)));
            member.go("account/dashboard.xhtml");
            assertTrue(member.find("#upcoming a.join-link").getAttribute("href").startsWith("https://webinar.example.org/join/"));
            Accessibility.assertNoViolations(member.driver());
            waiting.go("account/dashboard.xhtml");
            assertTrue(waiting.findAll("#upcoming a.join-link").isEmpty(), "not for the waitlist");

            // in November renewal is open for the year's members
            control("clock=2027-11-15T15:00:00Z");
            member.go("account/dashboard.xhtml");
            assertTrue(member.find("#renew").getText().contains("renewal is open"), member.mainText());
            assertTrue(member.find("#renew-link").getAttribute("href").contains("/membership/membership.xhtml"));
            assertTrue(member.find("#upcoming").getText().isEmpty(), "the webinar is over");
            Accessibility.assertNoViolations(member.driver());

            // a log-in on the way to a page still goes there
            Journeys.logOut(member);
            member.go("login.xhtml?returnTo=" + URLEncoder.encode("/events/my-events.xhtml", StandardCharsets.UTF_8));
            member.type("#login\\:email", memberEmail).type("#login\\:password", password).clickAndWait("#login\\:submit");
            assertEquals("My events", member.heading());
        }
    }

    /** The number at the end of a staff line such as "Applications awaiting approval: 3". */
    private static long count(Browser browser, String css) {
        String text = browser.find(css).getText();
        return Long.parseLong(text.substring(text.lastIndexOf(':') + 1).strip());
    }

    private static WebElement rowContaining(Browser browser, String tableCss, String text) {
        browser.waitForText(tableCss, text);
        return browser.findAll(tableCss + " tbody tr").stream()
                .filter(row -> row.getText().contains(text))
                .findFirst()
                .orElseThrow();
    }
}
