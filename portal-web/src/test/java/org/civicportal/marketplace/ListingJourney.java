package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.civicportal.testing.Accessibility;
import org.civicportal.testing.Browser;
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
import org.openqa.selenium.support.ui.Select;

/**
 * A provider's listing in headless Chromium: the provider writes it (a mistake first), sends it for
 * moderation; an administrator approves it; the provider edits it while the published version stays
 * in the directory; the administrator sees the change word by word and approves it; a visitor finds
 * the new version in the directory with a facet and opens it, its provider's profile with its badge.
 * Every page reached passes axe.
 */
@ExtendWith(ArquillianExtension.class)
class ListingJourney {

    private static final String PASSWORD = "a listing worth reading 27";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class,
                ListingTestProviders.class, ListingTestServlet.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aListingIsPublishedEditedWhileLiveApprovedAndFoundByAVisitor() throws Exception {
        TestControlServlet.call(base, "clock=2027-03-01T15:00:00Z");
        String word = "Larkspur" + System.nanoTime() % 100_000;
        String providerEmail = Journeys.newEmail("provider");
        String adminEmail = Journeys.newEmail("admin");
        String provider = ListingTestServlet.call(base, "op=provider&name=" + enc(word + " Collaborative") + "&type=NONPROFIT&email="
                + enc(providerEmail) + "&password=" + enc(PASSWORD));
        assertTrue(provider.startsWith("OK "), provider);
        String slug = provider.split(" ")[3];
        TestControlServlet.call(base, "account=" + adminEmail + "&name=Avery%20Admin&password=" + enc(PASSWORD) + "&roles=ADMIN,MEMBER");
        String title = word + " shared animal shelters";

        try (Browser writer = Browser.open(base); Browser admin = Browser.open(base); Browser visitor = Browser.open(base)) {
            // the provider's listings, and a new one with a mistake first
            Journeys.logIn(writer, providerEmail, PASSWORD);
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
                    .type("#listing\\:summary", "We help counties run one animal shelter together, with a nonprofit operator.")
                    .type("#listing\\:regions", "US-OR, US-WA");
            new Select(writer.find("#listing\\:serviceAreaIds")).selectByVisibleText("Animal control");
            writer.find("#listing\\:partnershipKinds input[value=NONPROFIT]").click();
            new Select(writer.find("#listing\\:priceModel")).selectByVisibleText("Quoted per project");
            pasteIntoEditor(writer, "<h2>How we work</h2><p>We study the shelters each county runs today.</p>");
            writer.clickAndWait("#listing\\:submit");
            assertTrue(writer.mainText().contains("Sent for moderation"), writer.mainText());
            assertTrue(writer.find("#pending-state").getText().contains("Waiting for moderation"));
            Accessibility.assertNoViolations(writer.driver());
            String providerPage = writer.currentPath();

            // an administrator approves it
            Journeys.logIn(admin, adminEmail, PASSWORD);
            admin.go("admin/marketplace/listings.xhtml");
            Accessibility.assertNoViolations(admin.driver());
            admin.clickAndWait("#queue a[href*='id=" + providerPage.substring(providerPage.indexOf("id=") + 3) + "']");
            assertEquals(title, admin.find("#listing-title").getText());
            Accessibility.assertNoViolations(admin.driver());
            admin.clickAndWait("#decision\\:approve");
            assertTrue(admin.mainText().contains("Approved"), admin.mainText());
            Accessibility.assertNoViolations(admin.driver());

            String listingPath = "providers/" + slug + "/" + word.toLowerCase() + "-shared-animal-shelters";
            visitor.go(listingPath);
            assertEquals(title, visitor.heading());
            Accessibility.assertNoViolations(visitor.driver());

            // an edit while live: the directory keeps the published version until it is approved
            writer.go(providerPage);
            writer.type("#listing\\:title", title + " and adoption centres");
            writer.clickAndWait("#listing\\:submit");
            assertTrue(writer.mainText().contains("The directory shows the published version until the change is approved"), writer.mainText());
            Accessibility.assertNoViolations(writer.driver());
            visitor.go(listingPath);
            assertEquals(title, visitor.heading());

            admin.go("admin/marketplace/listings.xhtml");
            admin.clickAndWait("#queue a[href*='id=" + providerPage.substring(providerPage.indexOf("id=") + 3) + "']");
            String comparison = admin.find("#comparison").getAttribute("innerHTML");
            assertTrue(comparison.contains("<ins>") && comparison.contains("adoption"), comparison);
            Accessibility.assertNoViolations(admin.driver());
            admin.clickAndWait("#decision\\:approve");
            assertTrue(admin.mainText().contains("Approved"), admin.mainText());

            // a visitor finds it with a facet, opens it and its provider
            visitor.go("providers/");
            Accessibility.assertNoViolations(visitor.driver());
            visitor.type("#q", word);
            new Select(visitor.find("#partnership")).selectByVisibleText("A nonprofit");
            new Select(visitor.find("#region")).selectByVisibleText("Washington");
            visitor.clickAndWait("#filters button");
            assertEquals("1 listing", visitor.find("#count").getText());
            Accessibility.assertNoViolations(visitor.driver());
            new Select(visitor.find("#region")).selectByVisibleText("Texas");
            visitor.clickAndWait("#filters button");
            assertEquals("0 listings", visitor.find("#count").getText());
            visitor.go("providers/?q=" + word);
            visitor.clickAndWait("#results h2 a");
            assertEquals(title + " and adoption centres", visitor.heading());
            assertTrue(visitor.mainText().contains("We study the shelters each county runs today."));
            Accessibility.assertNoViolations(visitor.driver());
            visitor.clickAndWait("#provider-link");
            assertEquals(word + " Collaborative", visitor.heading());
            assertEquals("Leading Practice", visitor.find("#badge").getText());
            Accessibility.assertNoViolations(visitor.driver());
            assertFalse(visitor.driver().manage().getCookies().stream().anyMatch(c -> c.getName().equals("JSESSIONID")),
                    "the visitor has no session");
        }
    }

    private static void pasteIntoEditor(Browser browser, String html) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const quill = PF('bodyEditor').editor; quill.setText(''); quill.clipboard.dangerouslyPasteHTML(0, arguments[0]);", html);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
