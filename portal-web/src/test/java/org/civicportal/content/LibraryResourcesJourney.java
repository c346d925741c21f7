package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * The library's other resources in headless Chromium: an editor writes a research summary through
 * its form (a mistake first, then with a key finding), a second editor approves it; the editor
 * gathers it on a programme page, approved the same way; a visitor reads the research list, the
 * summary, the training list and the programme page. Every page reached passes axe.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryResourcesJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aResearchSummaryIsWrittenApprovedGatheredOnAProgrammePageAndRead() throws Exception {
        String password = "research shelves in autumn";
        String writerEmail = Journeys.newEmail("writer");
        String reviewerEmail = Journeys.newEmail("reviewer");
        control("account=" + writerEmail + "&name=Wren%20Writer&password=" + enc(password) + "&roles=EDITOR,MEMBER");
        control("account=" + reviewerEmail + "&name=Rowan%20Reviewer&password=" + enc(password) + "&roles=EDITOR,MEMBER");
        String word = "Tamarack" + (System.nanoTime() % 100_000);
        String title = word + ": what studies of shared dispatch find";
        String finding = "Shared dispatch centres are among the services most often studied.";

        try (Browser writer = Browser.open(base); Browser reviewer = Browser.open(base); Browser visitor = Browser.open(base)) {
            // the writer's desk and a new research summary, with a mistake first
            Journeys.logIn(writer, writerEmail, password);
            writer.go("admin/content/index.xhtml");
            Accessibility.assertNoViolations(writer.driver());
            writer.clickAndWait("#new-research-summary");
            assertEquals("Write a research summary", writer.heading());
            Accessibility.assertNoViolations(writer.driver());
            writer.clickAndWait("#research\\:save");
            assertTrue(writer.find("#research-errors").getText().contains("things to fix"), writer.find("#research-errors").getText());
            assertTrue(writer.mainText().contains("Name the authors, separated by semicolons."), writer.mainText());
            Accessibility.assertNoViolations(writer.driver());

            writer.type("#research\\:title", title)
                    .type("#research\\:summary", "An overview of what published studies say about shared emergency dispatch.")
                    .type("#research\\:authors", "Mildred Warner; Germà Bel")
                    .type("#research\\:keyFindings", finding);
            ((JavascriptExecutor) writer.driver()).executeScript("document.getElementById('research:publicationDate').value = '2026-09-15'");
            pasteIntoEditor(writer, "<h2>Method</h2><p>The " + word + " review read published studies.</p>");
            writer.clickAndWait("#research\\:save");
            assertTrue(writer.mainText().contains("Draft saved"), writer.mainText());
            assertEquals(title, writer.find("#item-title").getText());
            Accessibility.assertNoViolations(writer.driver());
            String itemPage = writer.currentPath();
            writer.clickAndWait("#edit-draft");
            assertEquals("Edit the research summary draft", writer.heading(), "the draft opens in its own kind's form");
            assertEquals(finding, writer.find("#research\\:keyFindings").getAttribute("value"));
            writer.go(itemPage.substring(1));
            writer.clickAndWait("#submit\\:send");
            assertTrue(writer.mainText().contains("Sent for review"), writer.mainText());

            // a second editor approves it: it is public at once
            Journeys.logIn(reviewer, reviewerEmail, password);
            reviewer.go(itemPage.substring(1));
            reviewer.clickAndWait("#review\\:approve");
            Accessibility.assertNoViolations(reviewer.driver());
            String researchPath = "library/research/" + Slugs.slugOf(title);

            // the writer gathers it on a programme page, approved the same way
            String programme = word + " Collaborative Service Delivery Program";
            writer.go("admin/content/index.xhtml");
            writer.clickAndWait("#new-programme-page");
            Accessibility.assertNoViolations(writer.driver());
            writer.type("#programme\\:title", programme)
                    .type("#programme\\:summary", "Research, training and events on delivering services together.")
                    .type("#programme\\:sponsorAcknowledgement", "Supported by the Example Foundation.");
            new Select(writer.find("#programme\\:itemIds")).selectByVisibleText(title + " (Research summary)");
            pasteIntoEditor(writer, "<p>Where to start with working together.</p>");
            writer.clickAndWait("#programme\\:save");
            assertTrue(writer.mainText().contains("Draft saved"), writer.mainText());
            String programmeItemPage = writer.currentPath();
            writer.clickAndWait("#submit\\:send");
            reviewer.go(programmeItemPage.substring(1));
            reviewer.clickAndWait("#review\\:approve");

            // a visitor: the research list, the summary, the training list, the programme page
            visitor.go("library/index.xhtml");
            visitor.clickAndWait("a[href$='library/research.xhtml']");
            assertEquals("Research summaries", visitor.heading());
            assertTrue(visitor.mainText().contains(title), visitor.mainText());
            Accessibility.assertNoViolations(visitor.driver());
            visitor.go(researchPath);
            assertEquals(title, visitor.heading());
            assertEquals(finding, visitor.find("#key-findings li").getText());
            assertTrue(visitor.find("#authors").getText().contains("Mildred Warner"), visitor.find("#authors").getText());
            assertTrue(visitor.find("#publication-date").getText().contains("September 15, 2026"));
            assertNull(visitor.sessionId(), "no session for a visitor");
            Accessibility.assertNoViolations(visitor.driver());
            visitor.go("library/training.xhtml");
            assertEquals("Training programmes", visitor.heading());
            Accessibility.assertNoViolations(visitor.driver());
            visitor.go("library/programmes/" + Slugs.slugOf(programme));
            assertEquals(programme, visitor.heading());
            assertTrue(visitor.find("#programme-items").getText().contains(title), visitor.find("#programme-items").getText());
            assertTrue(visitor.find("#decision-tool-link").isDisplayed() && visitor.find("#events-link").isDisplayed());
            assertTrue(visitor.find("#sponsor").getText().contains("Example Foundation"));
            Accessibility.assertNoViolations(visitor.driver());
            visitor.clickAndWait("#programme-items a");
            assertEquals(title, visitor.heading(), "the programme page leads to the research summary");
            assertNull(visitor.sessionId(), "no session for a visitor");
        }
    }

    /** Puts HTML into the page's rich-text editor as a paste would. */
    private static void pasteIntoEditor(Browser browser, String html) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const quill = PF('bodyEditor').editor; quill.setText(''); quill.clipboard.dangerouslyPasteHTML(0, arguments[0]);", html);
    }

    private String control(String query) throws Exception {
        return TestControlServlet.call(base, query);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
