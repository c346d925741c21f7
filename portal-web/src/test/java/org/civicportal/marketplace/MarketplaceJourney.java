package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The marketplace from end to end in headless Chromium, as its people live it: an organisation
 * applies (a mistake first) and an administrator vets and approves it; its provider invites a
 * colleague, who joins from the mail; the provider publishes a listing, which waits for
 * moderation, then edits it while the published version stays in the directory, and the edit is
 * approved after the moderator has seen the difference, and a later change is withdrawn; a visitor finds it with the directory's
 * facets, without a session; a member finds the provider from a decision matrix's results, asks it
 * and another provider for technical assistance; the other opens it from its inbox and declines,
 * the colleague opens it from the mail and sends a proposal (every mail read from GreenMail); the
 * member chooses the proposal and closes the request. Every page reached passes axe.
 */
@ExtendWith(ArquillianExtension.class)
class MarketplaceJourney {

    private static final String PASSWORD = "shared services for valley towns";
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
    void anOrganisationIsVettedPublishesAListingAndWinsARequestAMemberSendsFromAMatrix() throws Exception {
        TestControlServlet.call(base, "clock=2027-03-01T15:00:00Z");
        String applicantEmail = account("Robin Applicant", "MEMBER", false);
        String adminEmail = account("Val Vetter", "ADMIN,MEMBER", false);
        String colleagueEmail = account("Kit Colleague", "MEMBER", false);
        String memberEmail = account("Avery Lindholm", "MEMBER", true);
        String declinerEmail = account("Dana Decliner", "PROVIDER", false);
        // the matrix results suggest the first twelve suitable providers by name, and other tests leave
        // providers of the same service in the database: these names sort before theirs
        String word = "Quarry" + System.nanoTime() % 100_000;
        String name = "Aa " + word + " Advisors";
        String busyName = "Aa Busy Bee Consulting " + System.nanoTime();
        RequestTestServlet.call(base, "provider=" + enc(busyName) + "&person=" + enc(declinerEmail));
        String matrixId = RequestTestServlet.call(base, "matrix=" + enc(memberEmail));
        String title = word + " shared fleet garages";

        try (Browser applicant = Browser.open(base); Browser admin = Browser.open(base); Browser colleague = Browser.open(base);
                Browser member = Browser.open(base)) {
            apply(applicant, applicantEmail, name);
            approve(admin, adminEmail, name);
            inviteAndJoin(applicant, colleague, applicantEmail, colleagueEmail, name);
            String listingId = publishListing(applicant, title);

            // an administrator approves the new listing; a visitor finds it with the directory's facets
            Journeys.logIn(admin, adminEmail, PASSWORD);
            moderate(admin, listingId);
            String listingPath = findInDirectory(member, word, title);

            // an edit while live: the directory keeps the published version until the change is approved
            applicant.go("provider/listing.xhtml?id=" + listingId);
            applicant.type("#listing\\:title", title + " and a motor pool");
            applicant.clickAndWait("#listing\\:submit");
            assertTrue(applicant.mainText().contains("The directory shows the published version until the change is approved"),
                    applicant.mainText());
            Accessibility.assertNoViolations(applicant.driver());
            member.go(listingPath);
            assertEquals(title, member.heading(), "the published version stays live");
            admin.go("admin/marketplace/listings.xhtml");
            admin.clickAndWait("#queue a[href*='id=" + listingId + "']");
            String comparison = admin.find("#comparison").getAttribute("innerHTML");
            assertTrue(comparison.contains("<ins>") && comparison.contains("motor pool"), comparison);
            Accessibility.assertNoViolations(admin.driver());
            admin.clickAndWait("#decision\\:approve");
            assertTrue(admin.mainText().contains("Approved"), admin.mainText());
            member.go(listingPath);
            assertEquals(title + " and a motor pool", member.heading());

            // a second thought withdrawn: the published version stays, and the form shows it again
            applicant.go("provider/listing.xhtml?id=" + listingId);
            applicant.type("#listing\\:title", title + " (draft idea)");
            applicant.clickAndWait("#listing\\:save");
            assertTrue(applicant.find("#pending-state").getText().contains("Draft"), applicant.find("#pending-state").getText());
            applicant.clickAndWait("#withdraw\\:withdrawChange");
            assertTrue(applicant.mainText().contains("The change is withdrawn"), applicant.mainText());
            assertEquals(title + " and a motor pool", applicant.find("#listing\\:title").getAttribute("value"));
            Accessibility.assertNoViolations(applicant.driver());
            assertFalse(member.driver().manage().getCookies().stream().anyMatch(c -> c.getName().equals("JSESSIONID")),
                    "the visitor has no session");

            // a member finds the provider from a matrix's results and asks it and another for help
            Journeys.logIn(member, memberEmail, PASSWORD);
            member.go("decision/results.xhtml?id=" + matrixId);
            assertTrue(member.find("#providers").getText().contains(name), member.find("#marketplace").getText());
            assertTrue(member.find("#providers").getText().contains(busyName));
            Accessibility.assertNoViolations(member.driver());
            providerLink(member, name).click();
            member.waitForText("h1", name);
            assertEquals("Leading Practice", member.find("#badge").getText());
            assertTrue(member.mainText().contains(title + " and a motor pool"), member.mainText());
            Accessibility.assertNoViolations(member.driver());
            sendRequest(member, matrixId, name, busyName);

            String requestId = requestIdIn(Mailbox.text(Mailbox.awaitMessage(smtp, declinerEmail, "New request for technical assistance")));
            decline(colleague, declinerEmail, requestId);
            propose(colleague, colleagueEmail, requestId);
            chooseAndClose(member, memberEmail, requestId, name, busyName);
        }
    }

    /** The applicant finds the application on their dashboard; a mistake is shown at its fields first. */
    private void apply(Browser applicant, String email, String name) throws Exception {
        Journeys.logIn(applicant, email, PASSWORD);
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
                .type("#apply\\:contactEmail", email)
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
        new Select(applicant.find("#apply\\:serviceAreaIds")).selectByVisibleText(RequestTestServlet.call(base, "service=path"));
        for (String kind : new String[] {"INTERGOVERNMENTAL", "PRIVATE", "NONPROFIT"}) {
            applicant.find("#apply\\:partnershipKinds input[value=" + kind + "]").click();
        }
        applicant.clickAndWait("#apply\\:submit");
        assertTrue(applicant.mainText().contains("is received"), applicant.mainText());
        assertEquals("Waiting for vetting", applicant.find("#status").getText());
        Accessibility.assertNoViolations(applicant.driver());
    }

    /** An administrator vets the application: approving needs every check of the list ticked. */
    private static void approve(Browser admin, String email, String name) {
        Journeys.logIn(admin, email, PASSWORD);
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
    }

    /**
     * Approval made the applicant a provider (from their next log-in); they invite a colleague, who
     * reads the invitation and joins: from their next page on they act as a provider.
     */
    private static void inviteAndJoin(Browser applicant, Browser colleague, String applicantEmail, String colleagueEmail, String name) {
        Journeys.logIn(applicant, applicantEmail, PASSWORD);
        applicant.go("provider/organisation.xhtml");
        assertEquals("Approved", applicant.find("#status").getText());
        assertTrue(applicant.find("header").getText().contains("My organisation"), applicant.find("header").getText());
        applicant.type("#invite\\:inviteEmail", colleagueEmail).clickAndWait("#invite\\:send");
        assertTrue(applicant.mainText().contains("An invitation went to " + colleagueEmail), applicant.mainText());
        Accessibility.assertNoViolations(applicant.driver());

        String token = Mailbox.token(Mailbox.awaitMessage(smtp, colleagueEmail, "Join " + name));
        Journeys.logIn(colleague, colleagueEmail, PASSWORD);
        colleague.go("provider/join.xhtml?token=" + token);
        assertTrue(colleague.find("#invitation").getText().contains(name), colleague.find("#invitation").getText());
        Accessibility.assertNoViolations(colleague.driver());
        colleague.clickAndWait("#join\\:accept");
        assertTrue(colleague.mainText().contains("You now act for " + name), colleague.mainText());
        String users = colleague.find("#users\\:userList").getText();
        assertTrue(users.contains("Kit Colleague (you)") && users.contains("Robin Applicant"), users);
        Accessibility.assertNoViolations(colleague.driver());
        colleague.go("provider/inbox.xhtml");
        assertEquals("Requests for technical assistance", colleague.heading(), "a provider at once, without logging in again");
        Accessibility.assertNoViolations(colleague.driver());
    }

    /** The provider writes a listing (a mistake first) and sends it for moderation; answers its id. */
    private String publishListing(Browser writer, String title) throws Exception {
        writer.go("provider/listings.xhtml");
        assertEquals("Your listings", writer.heading());
        Accessibility.assertNoViolations(writer.driver());
        writer.clickAndWait("#new-listing");
        Accessibility.assertNoViolations(writer.driver());
        writer.type("#listing\\:regions", "US-OR, Oregon");
        writer.clickAndWait("#listing\\:submit");
        String errors = writer.find("#listing-errors").getText();
        assertTrue(errors.contains("Enter the title") && errors.contains("not known: Oregon"), errors);
        Accessibility.assertNoViolations(writer.driver());

        writer.type("#listing\\:title", title)
                .type("#listing\\:summary", "We help a city and its county run one fleet garage, and draft the agreement behind it.")
                .type("#listing\\:regions", "US-OR, US-WA");
        new Select(writer.find("#listing\\:serviceAreaIds")).selectByVisibleText(RequestTestServlet.call(base, "service=name"));
        writer.find("#listing\\:partnershipKinds input[value=INTERGOVERNMENTAL]").click();
        new Select(writer.find("#listing\\:priceModel")).selectByVisibleText("Quoted per project");
        ((JavascriptExecutor) writer.driver()).executeScript(
                "const quill = PF('bodyEditor').editor; quill.setText(''); quill.clipboard.dangerouslyPasteHTML(0, arguments[0]);",
                "<h2>How we work</h2><p>We study the garages each government runs today.</p>");
        writer.clickAndWait("#listing\\:submit");
        assertTrue(writer.mainText().contains("Sent for moderation"), writer.mainText());
        assertTrue(writer.find("#pending-state").getText().contains("Waiting for moderation"));
        Accessibility.assertNoViolations(writer.driver());
        String page = writer.currentPath();
        return page.substring(page.indexOf("id=") + 3);
    }

    private static void moderate(Browser admin, String listingId) {
        admin.go("admin/marketplace/listings.xhtml");
        Accessibility.assertNoViolations(admin.driver());
        admin.clickAndWait("#queue a[href*='id=" + listingId + "']");
        Accessibility.assertNoViolations(admin.driver());
        admin.clickAndWait("#decision\\:approve");
        assertTrue(admin.mainText().contains("Approved"), admin.mainText());
        Accessibility.assertNoViolations(admin.driver());
    }

    /** A visitor narrows the directory down to the listing with its facets and opens it; answers its address. */
    private static String findInDirectory(Browser visitor, String word, String title) {
        visitor.go("providers/");
        Accessibility.assertNoViolations(visitor.driver());
        visitor.type("#q", word);
        new Select(visitor.find("#partnership")).selectByVisibleText("Another government");
        new Select(visitor.find("#region")).selectByVisibleText("Washington");
        visitor.clickAndWait("#filters button");
        assertEquals("1 listing", visitor.find("#count").getText());
        Accessibility.assertNoViolations(visitor.driver());
        new Select(visitor.find("#region")).selectByVisibleText("Texas");
        visitor.clickAndWait("#filters button");
        assertEquals("0 listings", visitor.find("#count").getText());
        visitor.go("providers/?q=" + word);
        visitor.clickAndWait("#results h2 a");
        assertEquals(title, visitor.heading());
        assertTrue(visitor.mainText().contains("We study the garages each government runs today."), visitor.mainText());
        Accessibility.assertNoViolations(visitor.driver());
        return visitor.currentPath();
    }

    /** From the matrix's "Ask for technical assistance": a mistake first, then sent to the two providers. */
    private static void sendRequest(Browser member, String matrixId, String name, String busyName) {
        member.go("decision/results.xhtml?id=" + matrixId);
        member.clickAndWait("#ask-for-assistance");
        assertEquals("Ask for technical assistance", member.heading());
        assertTrue(member.find("#ask\\:needs").getAttribute("value").startsWith("From our decision matrix"),
                "prefilled with the matrix's summary");
        Accessibility.assertNoViolations(member.driver());
        member.find("#ask\\:timeline").clear();
        member.clickAndWait("#ask\\:send");
        String errors = member.find("#ask").getText();
        assertTrue(errors.contains("Say by when you need the help") && errors.contains("Choose at least one provider."), errors);
        Accessibility.assertNoViolations(member.driver());

        member.type("#ask\\:timeline", "A report for the council by June");
        new Select(member.find("#ask\\:budgetRange")).selectByVisibleText("$10,000 to $49,999");
        member.find("label[for='ask:attachMatrixReport']").click();
        checkProvider(member, busyName);
        checkProvider(member, name);
        member.clickAndWait("#ask\\:send");
        assertTrue(member.mainText().contains("Your request is sent to 2 providers"), member.mainText());
        assertTrue(member.find("#files").getText().contains("matrix-" + matrixId + ".pdf"), "the matrix's report goes with it");
        Accessibility.assertNoViolations(member.driver());
    }

    /** The other provider opens the request from its inbox (which marks it read) and declines. */
    private static void decline(Browser provider, String email, String requestId) {
        Journeys.logIn(provider, email, PASSWORD);
        provider.go("provider/inbox.xhtml");
        String open = "#inbox input[data-request='" + requestId + "']";
        assertTrue(provider.find(open).getAttribute("value").contains("Fleet maintenance"), provider.find(open).getAttribute("outerHTML"));
        Accessibility.assertNoViolations(provider.driver());
        provider.clickAndWait(open);
        assertEquals("Read", provider.find("#state").getText());
        Accessibility.assertNoViolations(provider.driver());
        provider.type("#decline\\:reason", "Our team is fully booked until the autumn.");
        provider.clickAndWait("#decline\\:send");
        assertTrue(provider.mainText().contains("You declined the request"), provider.mainText());
        Accessibility.assertNoViolations(provider.driver());
        Journeys.logOut(provider);
    }

    /**
     * The colleague follows the mail's link: showing the request marks nothing, "Mark as read" does;
     * then they send a proposal, and the member is told.
     */
    private static void propose(Browser colleague, String email, String requestId) {
        String mail = Mailbox.text(Mailbox.awaitMessage(smtp, email, "New request for technical assistance"));
        assertEquals(requestId, requestIdIn(mail), "every person of the provider is told");
        Journeys.logIn(colleague, email, PASSWORD);
        colleague.go("provider/request.xhtml?id=" + requestId);
        assertEquals("Sent", colleague.find("#state").getText(), "showing the page marks nothing read");
        Accessibility.assertNoViolations(colleague.driver());
        colleague.clickAndWait("#read\\:mark");
        assertEquals("Read", colleague.find("#state").getText());
        colleague.type("#propose\\:text", "A shared-garage study in six weeks: costs, a draft agreement and a council briefing.");
        colleague.type("#propose\\:price", "18500");
        colleague.clickAndWait("#propose\\:send");
        assertTrue(colleague.mainText().contains("Your proposal is sent"), colleague.mainText());
        assertEquals("Proposal received", colleague.find("#state").getText());
        Accessibility.assertNoViolations(colleague.driver());
    }

    /** The member reads both answers, chooses the proposal, closes the request and leaves feedback. */
    private static void chooseAndClose(Browser member, String email, String requestId, String name, String busyName) {
        Mailbox.awaitMessage(smtp, email, "declined your request");
        String proposalMail = Mailbox.text(Mailbox.awaitMessage(smtp, email, "sent a proposal for your request"));
        assertTrue(proposalMail.contains("marketplace/request-detail.xhtml?id=" + requestId), proposalMail);
        member.go("marketplace/request-detail.xhtml?id=" + requestId);
        String page = member.mainText();
        assertTrue(page.contains(busyName + ": Declined") && page.contains("fully booked"), page);
        assertTrue(page.contains(name + ": Proposal received") && page.contains("18500"), page);
        Accessibility.assertNoViolations(member.driver());
        new Select(member.find("#close\\:chosen")).selectByVisibleText(name);
        member.type("#close\\:feedback", "Clear proposal, quick answer.");
        member.clickAndWait("#close\\:closeRequest");
        assertTrue(member.find("#request-status").getText().contains("Closed: chose " + name), member.mainText());
        Accessibility.assertNoViolations(member.driver());
        member.go("marketplace/requests.xhtml");
        assertTrue(member.find("#requests").getText().contains("Closed: " + name), member.mainText());
        Accessibility.assertNoViolations(member.driver());
    }

    private static WebElement providerLink(Browser browser, String name) {
        return browser.findAll("#providers a").stream().filter(a -> a.getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not among " + browser.find("#providers").getText()));
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

    private String account(String fullName, String roles, boolean paid) throws Exception {
        String email = Journeys.newEmail(fullName.toLowerCase(Locale.ROOT).replace(' ', '.'));
        TestControlServlet.call(base, "account=" + enc(email) + "&name=" + enc(fullName) + "&password=" + enc(PASSWORD) + "&roles=" + roles
                + (paid ? "&paid=true" : ""));
        return email;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
