package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.support.ui.Select;

/**
 * From a matrix's results a member asks two providers for technical assistance in headless
 * Chromium; one declines, the other proposes, each told by mail (read from GreenMail) and the
 * member too; the member chooses the proposal and closes the request. Every page is checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
class AssistanceRequestJourney {

    private static final String PASSWORD = "garage sharing 2027";
    private static final Pattern REQUEST_LINK = Pattern.compile("provider/request\\.xhtml\\?id=(\\d+)");

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.smtpServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class,
                RequestTestServlet.class, RequestTestProviders.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aMemberAsksTwoProvidersFromAMatrixOneDeclinesOneProposesAndTheMemberChoosesIt() throws Exception {
        TestControlServlet.call(base, "clock=2027-03-04T15:00:00Z");
        String member = account("Avery Lindholm", "MEMBER", true);
        String decliner = account("Dana Decliner", "PROVIDER", false);
        String proposer = account("Pat Proposer", "PROVIDER", false);
        // the results page suggests the first twelve suitable providers by name, and other tests leave
        // providers of the same service in the database: these names sort before theirs
        String busyName = "Aa Busy Bee Consulting " + System.nanoTime();
        String helpfulName = "Aa Helpful Partners " + System.nanoTime();
        RequestTestServlet.call(base, "provider=" + enc(busyName) + "&person=" + enc(decliner));
        RequestTestServlet.call(base, "provider=" + enc(helpfulName) + "&person=" + enc(proposer));
        String matrixId = RequestTestServlet.call(base, "matrix=" + enc(member));

        try (Browser asker = Browser.open(base); Browser provider = Browser.open(base)) {
            Journeys.logIn(asker, member, PASSWORD);
            asker.go("decision/results.xhtml?id=" + matrixId);
            assertTrue(asker.find("#providers").getText().contains(busyName), asker.find("#marketplace").getText());
            assertTrue(asker.find("#providers").getText().contains(helpfulName));
            Accessibility.assertNoViolations(asker.driver());

            asker.clickAndWait("#ask-for-assistance");
            assertEquals("Ask for technical assistance", asker.heading());
            assertTrue(asker.find("#ask\\:needs").getAttribute("value").startsWith("From our decision matrix"),
                    "prefilled with the matrix's summary");
            Accessibility.assertNoViolations(asker.driver());
            asker.find("#ask\\:timeline").clear();
            asker.clickAndWait("#ask\\:send");
            assertTrue(asker.find("#ask").getText().contains("Say by when you need the help"), asker.find("#ask").getText());
            assertTrue(asker.find("#ask").getText().contains("Choose at least one provider."));
            Accessibility.assertNoViolations(asker.driver());

            asker.type("#ask\\:timeline", "A report for the council by June");
            new Select(asker.find("#ask\\:budgetRange")).selectByVisibleText("$10,000 to $49,999");
            asker.find("label[for='ask:attachMatrixReport']").click();
            checkProvider(asker, busyName);
            checkProvider(asker, helpfulName);
            asker.clickAndWait("#ask\\:send");
            assertTrue(asker.mainText().contains("Your request is sent to 2 providers"), asker.mainText());
            assertTrue(asker.find("#files").getText().contains("matrix-" + matrixId + ".pdf"), "the matrix's report goes with it");
            Accessibility.assertNoViolations(asker.driver());

            // the first provider is told, opens the request from the mail and declines
            String requestId = requestIdIn(Mailbox.text(Mailbox.awaitMessage(smtp, decliner, "New request for technical assistance")));
            Journeys.logIn(provider, decliner, PASSWORD);
            provider.go("provider/inbox.xhtml");
            assertTrue(provider.find("#inbox").getText().contains("Fleet maintenance"), provider.mainText());
            Accessibility.assertNoViolations(provider.driver());
            provider.go("provider/request.xhtml?id=" + requestId);
            assertEquals("Read", provider.find("#state").getText());
            Accessibility.assertNoViolations(provider.driver());
            provider.type("#decline\\:reason", "Our team is fully booked until the autumn.");
            provider.clickAndWait("#decline\\:send");
            assertTrue(provider.mainText().contains("You declined the request"), provider.mainText());
            Accessibility.assertNoViolations(provider.driver());
            Mailbox.awaitMessage(smtp, member, "declined your request");
            Journeys.logOut(provider);

            // the second proposes
            Mailbox.awaitMessage(smtp, proposer, "New request for technical assistance");
            Journeys.logIn(provider, proposer, PASSWORD);
            provider.go("provider/request.xhtml?id=" + requestId);
            provider.type("#propose\\:text", "A shared-garage study in six weeks: costs, a draft agreement and a council briefing.");
            provider.type("#propose\\:price", "18500");
            provider.clickAndWait("#propose\\:send");
            assertTrue(provider.mainText().contains("Your proposal is sent"), provider.mainText());
            assertEquals("Proposal received", provider.find("#state").getText());
            Accessibility.assertNoViolations(provider.driver());
            String proposalMail = Mailbox.text(Mailbox.awaitMessage(smtp, member, "sent a proposal for your request"));
            assertTrue(proposalMail.contains("marketplace/request-detail.xhtml?id=" + requestId), proposalMail);

            // the member reads both answers, chooses the proposal and closes the request
            asker.go("marketplace/request-detail.xhtml?id=" + requestId);
            String page = asker.mainText();
            assertTrue(page.contains(busyName + ": Declined") && page.contains("fully booked"), page);
            assertTrue(page.contains(helpfulName + ": Proposal received") && page.contains("18500"), page);
            Accessibility.assertNoViolations(asker.driver());
            new Select(asker.find("#close\\:chosen")).selectByVisibleText(helpfulName);
            asker.type("#close\\:feedback", "Clear proposal, quick answer.");
            asker.clickAndWait("#close\\:closeRequest");
            assertTrue(asker.find("#request-status").getText().contains("Closed: chose " + helpfulName), asker.mainText());
            Accessibility.assertNoViolations(asker.driver());
            asker.go("marketplace/requests.xhtml");
            assertTrue(asker.find("#requests").getText().contains("Closed: " + helpfulName), asker.mainText());
            Accessibility.assertNoViolations(asker.driver());
        }
    }

    private static void checkProvider(Browser browser, String name) {
        browser.findAll("#ask\\:providerIds label").stream().filter(l -> l.getText().startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not among " + browser.find("#ask\\:providerIds").getText()))
                .click();
    }

    private static String requestIdIn(String mail) {
        Matcher link = REQUEST_LINK.matcher(mail);
        assertTrue(link.find(), mail);
        return link.group(1);
    }

    private String account(String name, String roles, boolean paid) throws Exception {
        String email = Journeys.newEmail(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.'));
        TestControlServlet.call(base, "account=" + enc(email) + "&name=" + enc(name) + "&password=" + enc(PASSWORD) + "&roles=" + roles
                + (paid ? "&paid=true" : ""));
        return email;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
