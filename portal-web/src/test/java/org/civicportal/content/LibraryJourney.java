package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.ImageIO;
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
 * The library in headless Chromium, as the editorial workflow runs it. A case study: an editor
 * writes it with an image and an attached report, sends it for review; a second editor sends it
 * back, then approves it for 9:00 the next morning; it appears at that minute; an edit while it is
 * live leaves the public page alone until approved, and the comparison shows the change; a visitor
 * finds it by search with a facet and sees the summary only; a member reads the whole text. A
 * bibliography: an editor imports a file after its preview and writes an entry by hand; a visitor
 * reads the citations. The other resources: an editor writes a research summary through its form
 * (a mistake first, then with a key finding), a second editor approves it; the editor gathers it on
 * a programme page, approved the same way; a visitor reads the research list, the summary, the
 * training list and the programme page. Every page reached passes axe.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryJourney {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aCaseStudyIsWrittenReviewedScheduledPublishedEditedFoundAndRead() throws Exception {
        control("clock=2027-03-01T15:00:00Z"); // Monday 10:00 in New York
        String password = "library shelves in spring";
        String writerEmail = Journeys.newEmail("writer");
        String reviewerEmail = Journeys.newEmail("reviewer");
        String memberEmail = Journeys.newEmail("reader");
        control("account=" + writerEmail + "&name=Wren%20Writer&password=" + enc(password) + "&roles=EDITOR,MEMBER");
        control("account=" + reviewerEmail + "&name=Rowan%20Reviewer&password=" + enc(password) + "&roles=EDITOR,MEMBER");
        control("account=" + memberEmail + "&name=Morgan%20Reader&password=" + enc(password) + "&roles=MEMBER&paid=true");
        String word = "Quillback" + (System.nanoTime() % 100_000);
        String title = word + " valley towns share a water utility";

        try (Browser writer = Browser.open(base); Browser reviewer = Browser.open(base);
             Browser visitor = Browser.open(base); Browser member = Browser.open(base)) {
            // the writer's desk and a new case study, with a mistake first
            Journeys.logIn(writer, writerEmail, password);
            writer.go("admin/content/index.xhtml");
            assertEquals("Editors' desk", writer.heading());
            Accessibility.assertNoViolations(writer.driver());
            writer.clickAndWait("#new-case-study");
            Accessibility.assertNoViolations(writer.driver());
            writer.clickAndWait("#study\\:save");
            assertTrue(writer.find("#study-errors").getText().contains("things to fix"), writer.find("#study-errors").getText());
            Accessibility.assertNoViolations(writer.driver());

            writer.type("#study\\:title", title)
                    .type("#study\\:summary", "Three valley towns run one water utility under a joint authority.")
                    .type("#study\\:jurisdictions\\:0\\:name", "Town of Alder Creek")
                    .type("#study\\:jurisdictions\\:0\\:region", "WA")
                    .type("#study\\:jurisdictions\\:0\\:population", "18,400");
            new Select(writer.find("#study\\:jurisdictions\\:0\\:country")).selectByVisibleText("United States");
            writer.find("#study\\:partnerTypes input[value=INTERGOVERNMENTAL]").click();
            new Select(writer.find("#study\\:arrangement")).selectByVisibleText("Joint authority or special district");
            new Select(writer.find("#study\\:access")).selectByVisibleText("Members in good standing");
            pasteIntoEditor(writer, "<h2>How it works</h2><p>The " + word + " authority treats water for all three towns.</p>");
            writer.clickAndWait("#study\\:save");
            assertTrue(writer.mainText().contains("Draft saved"), writer.mainText());
            assertEquals(title, writer.find("#item-title").getText());
            Accessibility.assertNoViolations(writer.driver());
            String itemPage = writer.currentPath();

            // an image and a report attached; the image goes into the text with its text alternative
            writer.find("#files\\:upload").sendKeys(png().toString());
            writer.clickAndWait("#files\\:attach");
            String imageAddress = writer.find("#file-list li:first-child .file-address").getText();
            assertTrue(imageAddress.startsWith("/library/files/") && imageAddress.endsWith(".png"), imageAddress);
            writer.find("#files\\:upload").sendKeys(pdf().toString());
            writer.clickAndWait("#files\\:attach");
            assertEquals(2, writer.findAll("#file-list li").size());
            writer.clickAndWait("#edit-draft");
            pasteIntoEditor(writer, "<h2>How it works</h2><p>The " + word + " authority treats water for all three towns.</p>"
                    + "<p><img src=\"" + imageAddress + "\" alt=\"Water treated per year, 2019 to 2026\"></p>");
            writer.clickAndWait("#study\\:save");
            assertTrue(writer.mainText().contains("Draft saved"), writer.mainText());
            writer.clickAndWait("#submit\\:send");
            assertTrue(writer.mainText().contains("Sent for review"), writer.mainText());
            assertTrue(writer.find("#open-state").getText().contains("In review"), writer.find("#open-state").getText());
            assertTrue(writer.find("#approve-refused").getText().contains("Another editor must approve this"));
            Accessibility.assertNoViolations(writer.driver());

            // the reviewer sends it back with a comment; the writer sees it, fixes, sends again
            Journeys.logIn(reviewer, reviewerEmail, password);
            reviewer.go("admin/content/index.xhtml");
            assertTrue(reviewer.find("#in-review").getText().contains(title), reviewer.find("#in-review").getText());
            reviewer.go(itemPage.substring(1));
            reviewer.clickAndWait("#review\\:sendBack");
            assertEquals("Say what should change, so the writer knows what to do.", reviewer.find(".field:has([id='review:comment']) .ui-message").getText().trim());
            Accessibility.assertNoViolations(reviewer.driver());
            reviewer.type("#review\\:comment", "Add the annual savings.").clickAndWait("#review\\:sendBack");
            assertTrue(reviewer.mainText().contains("Sent back to draft"), reviewer.mainText());

            writer.go(itemPage.substring(1));
            assertEquals("Add the annual savings.", writer.find("#review-comment").getText());
            writer.clickAndWait("#edit-draft");
            writer.type("#study\\:annualSavings", "385000").clickAndWait("#study\\:save");
            writer.clickAndWait("#submit\\:send");

            // approved for 9:00 tomorrow, New York time: not public before that minute, public at it
            reviewer.go(itemPage.substring(1));
            ((JavascriptExecutor) reviewer.driver()).executeScript("document.getElementById('review:publishAt').value = '2027-03-02T09:00'");
            reviewer.clickAndWait("#review\\:approve");
            assertTrue(reviewer.mainText().contains("It will be published at the time set"), reviewer.mainText());
            assertTrue(reviewer.find("#open-state").getText().contains("Tuesday, March 2, 2027"), reviewer.find("#open-state").getText());
            Accessibility.assertNoViolations(reviewer.driver());
            String publicPath = "library/case-studies/" + Slugs.slugOf(title);
            control("clock=2027-03-02T13:59:00Z");
            control("publishDue=true");
            visitor.go(publicPath);
            assertFalse(visitor.driver().getPageSource().contains(title), "a minute early it is not public");
            control("clock=2027-03-02T14:00:00Z");
            control("publishDue=true");
            visitor.go(publicPath);
            assertEquals(title, visitor.heading());
            assertTrue(visitor.find("#members-only").isDisplayed(), "a visitor reads the summary and is offered membership");
            assertFalse(visitor.mainText().contains("authority treats water"), "the members-only text is not shown");
            assertNull(visitor.sessionId(), "no session for a visitor");
            Accessibility.assertNoViolations(visitor.driver());

            // an edit while live: the public page stays as it is until the new version is approved
            writer.go(itemPage.substring(1));
            writer.clickAndWait("#start\\:edit");
            writer.type("#study\\:title", title + ", five years on").clickAndWait("#study\\:save");
            visitor.go(publicPath);
            assertEquals(title, visitor.heading(), "unchanged while the edit waits");
            new Select(writer.find("#compare\\:older")).selectByVisibleText("1");
            new Select(writer.find("#compare\\:newer")).selectByVisibleText("2");
            writer.clickAndWait("#compare\\:show");
            assertTrue(writer.find("#comparison").getText().contains("five years on"), writer.find("#comparison").getText());
            assertEquals("five years on", writer.find("#comparison tr.diff--changed ins").getText().replace(",", "").strip());
            Accessibility.assertNoViolations(writer.driver());
            writer.clickAndWait("#submit\\:send");
            reviewer.go(itemPage.substring(1));
            reviewer.clickAndWait("#review\\:approve");
            visitor.go(publicPath);
            assertEquals(title + ", five years on", visitor.heading());

            // a visitor finds it by search, narrowed by a facet
            visitor.go("library/search.xhtml?q=" + word);
            for (int tries = 0; tries < 20 && !visitor.mainText().contains(title + ", five years on"); tries++) {
                Thread.sleep(1_000); // each node's index catches up within seconds
                visitor.go("library/search.xhtml?q=" + word);
            }
            assertTrue(visitor.mainText().contains(title + ", five years on"), visitor.mainText());
            visitor.find("#facet-partner input[value='Another government']").click();
            visitor.clickAndWait("#search-button");
            assertEquals("1 result", visitor.find("#result-count").getText());
            assertTrue(visitor.currentPath().contains("partner=Another+government"), visitor.currentPath());
            Accessibility.assertNoViolations(visitor.driver());
            assertNull(visitor.sessionId(), "searching creates no session");

            // a member in good standing reads the whole text, image included
            Journeys.logIn(member, memberEmail, password);
            member.go(publicPath);
            assertTrue(member.find("#body").getText().contains(word + " authority treats water"), member.find("#body").getText());
            assertTrue(member.findAll("#members-only").isEmpty());
            Object width = ((JavascriptExecutor) member.driver()).executeScript(
                    "const img = document.querySelector('#body img'); return img && img.complete ? img.naturalWidth : 0;");
            assertEquals(40L, width, "the image is served from the library's files");
            assertEquals("Water treated per year, 2019 to 2026", member.find("#body img").getAttribute("alt"));
            Accessibility.assertNoViolations(member.driver());
        }
    }

    @Test
    void anEditorImportsABibliographyFileAfterItsPreviewAndAVisitorCopiesACitation() throws Exception {
        String password = "reference shelves in autumn";
        String editorEmail = Journeys.newEmail("librarian");
        control("account=" + editorEmail + "&name=Lee%20Librarian&password=" + enc(password) + "&roles=EDITOR,MEMBER");
        String key = Long.toString(System.nanoTime() % 1_000_000);
        Path file = Files.createTempFile("references", ".bib");
        Files.writeString(file, "@article{hefetz" + key + ",\n  author = {Hefetz, Amir and Warner, Mildred E.},\n"
                + "  title = {Contracting out " + key + "},\n  journal = {Journal of Public Administration Research and Theory},\n"
                + "  year = {2012},\n  volume = {22},\n  number = {2},\n  pages = {289--317}\n}\n\n"
                + "@book{broken" + key + ",\n  publisher = {Nowhere}\n}\n");
        try (Browser editor = Browser.open(base); Browser visitor = Browser.open(base)) {
            Journeys.logIn(editor, editorEmail, password);
            editor.go("admin/content/index.xhtml");
            editor.clickAndWait("#import-bibliography");
            Accessibility.assertNoViolations(editor.driver());
            editor.find("#file\\:upload").sendKeys(file.toString());
            editor.clickAndWait("#file\\:read");
            assertTrue(editor.find("#preview-counts").getText().startsWith("1 new, 0 already in the bibliography, 1 with mistakes"),
                    editor.find("#preview-counts").getText());
            assertTrue(editor.find("#preview").getText().contains("Contracting out " + key));
            Accessibility.assertNoViolations(editor.driver());
            editor.clickAndWait("#confirm\\:create");
            assertTrue(editor.mainText().contains("1 bibliography entry published."), editor.mainText());

            // one entry by hand: its form checks as the import does, and the draft goes to review
            editor.go("admin/content/index.xhtml");
            editor.clickAndWait("#new-bibliography-entry");
            Accessibility.assertNoViolations(editor.driver());
            editor.type("#entry\\:title", "Intermunicipal cooperation and costs " + key).clickAndWait("#entry\\:save");
            assertTrue(editor.find("#entry-errors").getText().contains("Name at least one author"), editor.find("#entry-errors").getText());
            Accessibility.assertNoViolations(editor.driver());
            editor.type("#entry\\:authors", "Bel, Germà\nWarner, Mildred E.").type("#entry\\:year", "2016")
                    .type("#entry\\:container", "Journal of Economic Policy Reform");
            editor.find("#entry\\:characteristics input[value=FISCAL_HEALTH]").click();
            editor.clickAndWait("#entry\\:save");
            assertTrue(editor.mainText().contains("Draft saved"), editor.mainText());
            assertTrue(editor.find("#open-state").getText().contains("Draft"), editor.find("#open-state").getText());

            visitor.go("library/bibliography.xhtml");
            assertTrue(visitor.mainText().contains("Hefetz, A., & Warner, M. E. (2012). Contracting out " + key), visitor.mainText());
            Accessibility.assertNoViolations(visitor.driver());
            visitor.go("library/bibliography.xhtml?style=chicago");
            assertTrue(visitor.mainText().contains("Hefetz, Amir, and Mildred E. Warner. 2012."), visitor.mainText());
            Accessibility.assertNoViolations(visitor.driver());
            visitor.go("library/bibliography/" + Slugs.slugOf("Hefetz 2012 Contracting out " + key));
            assertEquals("Contracting out " + key, visitor.heading());
            assertTrue(visitor.find("#citation-apa").getText().startsWith("Hefetz, A., & Warner, M. E. (2012)."));
            Accessibility.assertNoViolations(visitor.driver());
            assertNull(visitor.sessionId());
        }
    }

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

    private static Path png() throws Exception {
        Path file = Files.createTempFile("chart", ".png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    private static Path pdf() throws Exception {
        Path file = Files.createTempFile("full-report", ".pdf");
        Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        return file;
    }

    private String control(String query) throws Exception {
        return TestControlServlet.call(base, query);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
