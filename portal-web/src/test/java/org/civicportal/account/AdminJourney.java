package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URL;
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

/**
 * An administrator, in headless Chromium: finds a member, gives them a role, disables the account
 * (the member's open session ends at once), and reads the mail outbox.
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
}
