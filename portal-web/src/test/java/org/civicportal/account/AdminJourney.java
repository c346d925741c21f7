package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.civicportal.testing.Accessibility;
import org.civicportal.testing.Browser;
import org.civicportal.testing.Journeys;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator, in headless Chromium: finds a member, gives them a role, disables the account
 * (the member's open session ends at once), and reads the mail outbox; moves between the admin
 * pages by the administration menu. Also the home page, whose cards lead to the features.
 */
@ExtendWith(ArquillianExtension.class)
class AdminJourney {

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.smtpServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    private static final String MENU = "nav[aria-label='Administration']";

    @Test
    void anAdministratorManagesAMemberAndReadsTheOutbox() throws Exception {
        String memberEmail = Journeys.newEmail("casey");
        String memberPassword = "lighthouse keeper 42";
        try (Browser member = Browser.open(base); Browser admin = Browser.open(base)) {
            Journeys.signUpAndConfirm(member, smtp, "Casey Lindqvist", memberEmail, memberPassword);
            Journeys.logIn(member, memberEmail, memberPassword);
            assertEquals("My portal", member.heading());
            String memberSession = member.sessionId();

            Journeys.logIn(admin, System.getProperty("test.admin.email"), System.getProperty("test.admin.password"));
            admin.go("admin/account/accounts.xhtml");
            Accessibility.assertNoViolations(admin.driver());
            // by the address, which no other test shares (other classes add people to the same database)
            admin.type("#accounts\\:text", memberEmail).find("#accounts\\:search").click();
            // the unfiltered list may already show the new member: wait for the search's answer itself
            admin.waitForCount("#accounts\\:table tbody tr", 1);
            assertTrue(admin.find("#accounts\\:table tbody").getText().contains(memberEmail));
            admin.clickAndWait("#accounts\\:table tbody tr a");
            assertEquals("Casey Lindqvist", admin.heading());
            assertEquals(memberEmail, admin.find("#email").getText());
            Accessibility.assertNoViolations(admin.driver());

            // give the EDITOR role
            admin.find("input[type=checkbox][value=EDITOR]").click();
            admin.clickAndWait("#manage\\:saveRoles");
            assertTrue(admin.mainText().contains("Roles saved"), admin.mainText());
            assertTrue(admin.find("input[type=checkbox][value=EDITOR]").isSelected());

            // the role change ended the member's session; they log in again and see the new role
            assertEquals(302, AccountJourney.statusWithSession(base, "account/profile.xhtml", memberSession));
            Journeys.logIn(member, memberEmail, memberPassword);
            assertTrue(member.find("#drafts").getText().startsWith("Events in draft, to publish:"), "an editor's overview shows drafts");
            member.go("account/profile.xhtml");
            assertTrue(member.mainText().contains("EDITOR"), member.mainText());
            String secondSession = member.sessionId();

            // an editor's administration menu holds the library and events groups only, and no counts
            member.go("admin/events/events.xhtml");
            assertEquals(List.of("Library", "Events"), texts(member.findAll(MENU + " h2")));
            assertTrue(member.findAll(MENU + " .admin-nav__count").isEmpty());
            assertEquals("Events", member.find(MENU + " [aria-current='page']").getText());
            Accessibility.assertNoViolations(member.driver());

            // disabling ends the session at once and refuses the next log-in
            admin.clickAndWait("#manage\\:disable");
            assertEquals("Disabled", admin.find("#status").getText());
            assertEquals(302, AccountJourney.statusWithSession(base, "account/profile.xhtml", secondSession));
            Journeys.logIn(member, memberEmail, memberPassword);
            assertTrue(member.mainText().contains("This account has been disabled"), member.mainText());

            // the outbox holds the member's confirmation mail, readable in full
            admin.go("admin/mail/outbox.xhtml");
            admin.type("#outbox\\:recipient", memberEmail).find("#outbox\\:search").click();
            admin.waitForCount("#outbox\\:table tbody tr", 1);
            assertTrue(admin.find("#outbox\\:table tbody").getText().contains("Confirm your email"));
            Accessibility.assertNoViolations(admin.driver());
            admin.clickAndWait("#outbox\\:table tbody tr a");
            assertTrue(admin.find("#body").getText().contains("account/verify.xhtml?token="), admin.find("#body").getText());

            // a new dues schedule: mistakes are refused with nothing saved, then it takes over from its date
            admin.go("admin/membership/dues.xhtml");
            Accessibility.assertNoViolations(admin.driver());
            assertEquals("395.00", admin.find("input.rate-CAO_ACAO").getAttribute("value"), "prefilled from the schedule in force");
            admin.type("#schedule\\:name", "Dues 2031").type("#schedule\\:effectiveFrom", "2031-01-01")
                    .type("input.rate-STUDENT", "-5");
            admin.type("fieldset.band input[id$=':to']", "0");
            admin.clickAndWait("#schedule\\:save");
            String problems = admin.find("#schedule").getText();
            assertTrue(problems.contains("A rate cannot be negative."), problems);
            assertTrue(problems.contains("Band 1: The largest population of the band cannot be below the smallest."), problems);
            assertEquals(1, admin.findAll("#schedules tbody tr").size(), "nothing saved");
            admin.type("input.rate-STUDENT", "50.00").type("fieldset.band input[id$=':to']", "9999");
            admin.clickAndWait("#schedule\\:save");
            assertTrue(admin.mainText().contains("\u201cDues 2031\u201d is saved"), admin.mainText());
            String schedules = admin.find("#schedules").getText();
            assertTrue(schedules.contains("Dues 2031") && schedules.contains("2031-01-01 onwards"), schedules);
            assertTrue(schedules.contains("2026-01-01 to 2030-12-31"), "the open-ended schedule now ends the day before");

            // a category's rules: a wrong value is explained next to its field
            admin.go("admin/membership/categories.xhtml");
            Accessibility.assertNoViolations(admin.driver());
            admin.clickAndWait("button.edit-AFFILIATE");
            admin.type("#category\\:renewalOpensDays", "-3").clickAndWait("#category\\:save");
            assertEquals("The number of days cannot be negative.",
                    admin.find(".field:has([id='category:renewalOpensDays']) .ui-message").getText().trim());
            admin.type("#category\\:renewalOpensDays", "45").clickAndWait("#category\\:save");
            assertTrue(admin.mainText().contains("is saved"), admin.mainText());
            assertTrue(admin.find("#categories\\:table").getText().contains("45 days before"));

            // the service-area taxonomy: an empty name is refused; a service is added, then retired
            admin.go("admin/servicearea/areas.xhtml");
            Accessibility.assertNoViolations(admin.driver());
            new org.openqa.selenium.support.ui.Select(admin.find("#add\\:area")).selectByVisibleText("Public safety");
            admin.clickAndWait("#add\\:save");
            assertEquals("Enter a name.", admin.find(".field:has([id='add:name']) .ui-message").getText().trim());
            admin.type("#add\\:name", "Drone program").clickAndWait("#add\\:save");
            assertTrue(admin.mainText().contains("\u201cDrone program\u201d is added to Public safety."), admin.mainText());
            admin.clickAndWait("button[aria-label='Retire Drone program']");
            assertTrue(admin.find("#areas\\:table").getText().contains("Drone program Retired"), admin.find("#areas\\:table").getText());

            // the matrix tool's reference data: guidance cannot be left empty
            admin.go("admin/decision/reference.xhtml");
            Accessibility.assertNoViolations(admin.driver());
            admin.clickAndWait("button.edit-UNIONS");
            admin.type("#characteristic\\:grade1", " ").clickAndWait("#characteristic\\:save");
            assertEquals("This cannot be empty.", admin.find(".field:has([id='characteristic:grade1']) .ui-message").getText().trim());
            admin.type("#characteristic\\:grade1", "Strong opposition expected, with contract terms that limit change.")
                    .clickAndWait("#characteristic\\:save");
            assertTrue(admin.mainText().contains("\u201cUnions\u201d is saved."), admin.mainText());
        }
    }

    @Test
    void anAdministratorMovesBetweenAdminPagesByTheMenu() throws Exception {
        try (Browser admin = Browser.open(base)) {
            Journeys.logIn(admin, System.getProperty("test.admin.email"), System.getProperty("test.admin.password"));
            admin.go("admin/index.xhtml");
            assertEquals(List.of("People", "Membership", "Library", "Events", "Decision tool", "Marketplace", "Mail"), texts(admin.findAll(MENU + " h2")));
            assertMarked(admin, "Administration overview");
            Accessibility.assertNoViolations(admin.driver());

            // the counts in the menu are the rows of the lists they count
            followMenu(admin, "Applications", "Applications waiting for approval");
            assertEquals(admin.findAll("#approvals\\:table tbody tr").size(), count(admin, ".admin-nav__applications"));
            followMenu(admin, "Open invoices", "Invoices waiting for payment");
            assertEquals(admin.findAll("#invoices\\:table tbody tr").size(), count(admin, ".admin-nav__invoices"));
            followMenu(admin, "Editors' desk", "Editors' desk");
            followMenu(admin, "Events", "Manage events");
            followMenu(admin, "Matrix tool", "Decision-matrix reference data");
            followMenu(admin, "Mail outbox", "Mail outbox");

            // a message of the outbox keeps its list's item marked, as the section rather than the page
            admin.clickAndWait("#outbox\\:table tbody tr a");
            assertTrue(admin.findAll(MENU + " [aria-current='page']").isEmpty());
            assertEquals("Mail outbox", admin.find(MENU + " [aria-current='true']").getText());
            Accessibility.assertNoViolations(admin.driver());
        }
    }

    @Test
    void eachHomePageCardLeadsToItsFeature() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        try (Browser visitor = Browser.open(base)) {
            visitor.go("");
            Accessibility.assertNoViolations(visitor.driver());
            List<WebElement> links = visitor.findAll(".cards--links .card a[href]");
            assertEquals(List.of("Membership and dues", "Webinars and events", "Decision-matrix tool", "Research and case studies"), texts(links));
            List<String> targets = links.stream().map(a -> URI.create(a.getAttribute("href")).getPath()).toList();
            String context = base.getPath();
            assertEquals(List.of(context + "dues.xhtml", context + "events/events.xhtml", context + "decision/index.xhtml",
                    context + "library/index.xhtml"), targets);
            for (String target : targets) {
                HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(target)).build(),
                        HttpResponse.BodyHandlers.discarding());
                assertEquals(200, page.statusCode(), target);
            }
            // the features not open yet say so, and lead nowhere
            String later = visitor.find(".cards--later").getText();
            assertTrue(later.contains("Provider marketplace") && later.contains("Not open yet"), later);
            assertTrue(visitor.findAll(".cards--later a").isEmpty());

            // a card is reached by the keyboard, and its link opens the feature
            WebElement events = links.get(1);
            events.sendKeys(Keys.ENTER);
            visitor.waitUntil(ExpectedConditions.urlContains("events/events.xhtml"));
            assertTrue(visitor.currentPath().startsWith("/events/events.xhtml"), visitor.currentPath());
            Accessibility.assertNoViolations(visitor.driver());
            assertNull(visitor.sessionId(), "the home page and the events page create no session");

            // the favicon named in every page's head is served
            String icon = visitor.find("link[rel='icon']").getAttribute("href");
            HttpResponse<String> favicon = http.send(HttpRequest.newBuilder(URI.create(icon)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, favicon.statusCode());
            assertTrue(favicon.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
            assertTrue(favicon.body().contains("<svg"));
        }
    }

    /** Follows an item of the administration menu; the page reached is marked, and only it. */
    private static void followMenu(Browser admin, String item, String heading) {
        WebElement link = admin.findAll(MENU + " a").stream().filter(a -> a.getText().startsWith(item)).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + item));
        link.click();
        admin.waitUntil(ExpectedConditions.stalenessOf(link));
        assertEquals(heading, admin.heading());
        assertMarked(admin, item);
        Accessibility.assertNoViolations(admin.driver());
    }

    private static void assertMarked(Browser admin, String item) {
        List<WebElement> marked = admin.findAll(MENU + " [aria-current='page']");
        assertEquals(1, marked.size(), "one item marked as the page shown");
        assertEquals(1, admin.findAll(MENU + " [aria-current]").size(), "the other items carry no aria-current at all");
        assertTrue(marked.get(0).getText().startsWith(item), marked.get(0).getText());
        assertEquals("700", marked.get(0).getCssValue("font-weight"), "the mark is visible too");
    }

    /** The number a menu item shows, e.g. "3" in "Applications 3 waiting". */
    private static int count(Browser admin, String item) {
        return Integer.parseInt(admin.find(MENU + " " + item + " .admin-nav__count").getText().trim().split("\\s+")[0]);
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(e -> e.getText().trim()).toList();
    }
}
