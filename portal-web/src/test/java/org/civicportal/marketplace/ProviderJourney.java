package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Becoming a provider in headless Chromium: a member applies for their organisation (a mistake
 * first), an administrator vets it against the checklist and approves it, the provider invites a
 * colleague, who reads the invitation in their mail and joins. Every page reached passes axe.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderJourney {

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.smtpServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void anOrganisationAppliesIsApprovedAndItsProviderInvitesAColleagueWhoJoins() throws Exception {
        control("clock=2027-03-01T15:00:00Z");
        String password = "shared services for valley towns";
        String applicantEmail = Journeys.newEmail("applicant");
        String adminEmail = Journeys.newEmail("vetting-admin");
        String colleagueEmail = Journeys.newEmail("colleague");
        control("account=" + applicantEmail + "&name=Robin%20Applicant&password=" + enc(password) + "&roles=MEMBER");
        control("account=" + adminEmail + "&name=Val%20Vetter&password=" + enc(password) + "&roles=ADMIN,MEMBER");
        control("account=" + colleagueEmail + "&name=Kit%20Colleague&password=" + enc(password) + "&roles=MEMBER");
        String name = "Quarry Lane Advisors " + (System.nanoTime() % 100_000);

        try (Browser applicant = Browser.open(base); Browser admin = Browser.open(base); Browser colleague = Browser.open(base)) {
            // the applicant finds the application on their dashboard, and a mistake is shown at its fields
            Journeys.logIn(applicant, applicantEmail, password);
            applicant.go("account/dashboard.xhtml");
            applicant.clickAndWait("#apply-link");
            assertEquals("Offer technical assistance", applicant.heading());
            Accessibility.assertNoViolations(applicant.driver());
            applicant.clickAndWait("#apply\\:submit");
            assertTrue(applicant.find("#apply-errors").getText().contains("things to fix"), applicant.find("#apply-errors").getText());
            Accessibility.assertNoViolations(applicant.driver());

            applicant.type("#apply\\:name", name)
                    .type("#apply\\:website", "https://quarrylane.example.org")
                    .type("#apply\\:description", "We help small towns plan shared public works and the agreements behind them.")
                    .type("#apply\\:headOffice", "Bend, OR, United States")
                    .type("#apply\\:contactName", "Robin Applicant")
                    .type("#apply\\:contactEmail", applicantEmail)
                    .type("#apply\\:credentials", "Registered in Oregon; professional liability insurance; twelve years of public works.")
                    .type("#apply\\:regions\\:0\\:code", "OR")
                    .type("#apply\\:references\\:0\\:clientName", "City of Sisters")
                    .type("#apply\\:references\\:0\\:contactName", "Sam Sisters")
                    .type("#apply\\:references\\:0\\:contactDetails", "sam@sisters.example.gov")
                    .type("#apply\\:references\\:1\\:clientName", "Deschutes Valley Water District")
                    .type("#apply\\:references\\:1\\:contactName", "Dana Valley")
                    .type("#apply\\:references\\:1\\:contactDetails", "+1 555 0123");
            new Select(applicant.find("#apply\\:type")).selectByValue("FIRM");
            new Select(applicant.find("#apply\\:regions\\:0\\:country")).selectByVisibleText("United States");
            new Select(applicant.find("#apply\\:serviceAreaIds")).selectByIndex(0);
            applicant.find("#apply\\:partnershipKinds input[value=INTERGOVERNMENTAL]").click();
            applicant.clickAndWait("#apply\\:submit");
            assertTrue(applicant.mainText().contains("is received"), applicant.mainText());
            assertEquals("Waiting for vetting", applicant.find("#status").getText());
            Accessibility.assertNoViolations(applicant.driver());

            // an administrator vets it: every check ticked, then approved
            Journeys.logIn(admin, adminEmail, password);
            admin.go("admin/marketplace/providers.xhtml");
            Accessibility.assertNoViolations(admin.driver());
            WebElement link = admin.findAll("#organisations a.provider-link").stream().filter(a -> a.getText().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("the application is not listed"));
            link.click();
            admin.waitForText("#organisation-name", name);
            Accessibility.assertNoViolations(admin.driver());
            admin.clickAndWait("#approve\\:approve");
            assertTrue(admin.mainText().contains("Tick every item of the checklist"), admin.mainText());
            for (WebElement box : admin.findAll("#approve\\:checks input[type=checkbox]")) {
                box.click();
            }
            admin.clickAndWait("#approve\\:approve");
            assertEquals("Approved", admin.find("#status").getText());
            Accessibility.assertNoViolations(admin.driver());

            // approval gave the applicant the provider role: they log in again and invite a colleague
            Journeys.logIn(applicant, applicantEmail, password);
            applicant.go("provider/organisation.xhtml");
            assertEquals("Approved", applicant.find("#status").getText());
            assertTrue(applicant.find("header").getText().contains("My organisation"), applicant.find("header").getText());
            applicant.type("#invite\\:inviteEmail", colleagueEmail).clickAndWait("#invite\\:send");
            assertTrue(applicant.mainText().contains("An invitation went to " + colleagueEmail), applicant.mainText());
            Accessibility.assertNoViolations(applicant.driver());

            // the colleague reads the invitation, logs in with that address and joins
            String token = Mailbox.token(Mailbox.awaitMessage(smtp, colleagueEmail, "Join " + name));
            Journeys.logIn(colleague, colleagueEmail, password);
            colleague.go("provider/join.xhtml?token=" + token);
            assertTrue(colleague.find("#invitation").getText().contains(name), colleague.find("#invitation").getText());
            Accessibility.assertNoViolations(colleague.driver());
            colleague.clickAndWait("#join\\:accept");
            assertTrue(colleague.mainText().contains("You now act for " + name), colleague.mainText());
            assertTrue(colleague.find("#users\\:userList").getText().contains("Kit Colleague (you)"), colleague.find("#users\\:userList").getText());
            assertTrue(colleague.find("#users\\:userList").getText().contains("Robin Applicant"));
            Accessibility.assertNoViolations(colleague.driver());
        }
    }

    private String control(String query) throws Exception {
        return TestControlServlet.call(base, query);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
