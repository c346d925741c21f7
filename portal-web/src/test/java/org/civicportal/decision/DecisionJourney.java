package org.civicportal.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The decision-matrix tool in headless Chromium, against one deployment of the portal.
 *
 * <p>On their own, a member works a matrix: starts it (a missing title first), grades the
 * fourteen characteristics, trims the options and criteria, weighs and scores with every change
 * saved as it is made, meets a change made meanwhile in a second window, and reads the results.
 *
 * <p>As a group dialogue in three browsers, the owner starts a matrix and invites two people by
 * email; each opens their link (no account), scores on their own and submits; the owner sees the
 * disagreements first, finalises, and downloads the report for the council.
 *
 * <p>Each journey sets the clock and makes its own accounts and matrix, so they pass in any order.
 */
@ExtendWith(ArquillianExtension.class)
class DecisionJourney {

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.smtpServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aMemberWeighsSharingFleetMaintenanceAndReadsTheResults() throws Exception {
        TestControlServlet.call(base, "clock=2027-03-01T15:00:00Z");
        String email = Journeys.newEmail("avery");
        String password = "fleet garage 2027";
        TestControlServlet.call(base, "account=" + email + "&name=Avery%20Lindholm&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&roles=MEMBER&paid=true");

        try (Browser member = Browser.open(base); Browser secondWindow = Browser.open(base)) {
            member.go("decision/index.xhtml");
            assertEquals("Decision-matrix tool", member.heading());
            // the public page names the fourteen characteristics a member grades, grouped as the research groups them, with the sample's grades
            assertEquals(List.of("Asset specificity 3 of 3", "Ease of contract specification and monitoring 3 of 3", "Labor intensity 2 of 3",
                    "Capital intensity 3 of 3", "Costs 2 of 3", "Management competencies 2 of 3", "Stability of the administrative team 2 of 3"),
                    characteristics(member, "service"));
            assertEquals(List.of("Possible public partners 3 of 3", "Possible private partners 2 of 3", "Possible nonprofit partners 1 of 3",
                    "Council orientation and political environment 2 of 3", "Fiscal and economic health 3 of 3", "Unions 2 of 3",
                    "Public interest 2 of 3"), characteristics(member, "community"));
            assertTrue(member.find("#characteristics-service caption").getText().startsWith("The service"));
            assertTrue(member.find("#characteristics-community caption").getText().startsWith("The community"));
            assertEquals("17", member.find("#service-score").getText(), "the sample's service grades add up to its score");
            assertEquals("15", member.find("#community-score").getText());
            Accessibility.assertNoViolations(member.driver());

            Journeys.logIn(member, email, password);
            member.go("decision/matrices.xhtml");
            member.clickAndWait("#create\\:start");
            assertTrue(member.find("#create").getText().contains("Enter a title, e.g. the service and the question."));
            member.type("#create\\:title", "Fleet maintenance: share a garage with the city?");
            new Select(member.find("#create\\:serviceArea")).selectByVisibleText("Public works \u203a Fleet maintenance");
            member.clickAndWait("#create\\:start");
            assertEquals("Fleet maintenance: share a garage with the city?", member.heading());
            assertTrue(member.mainText().contains("Your matrix is ready"), member.mainText());
            Accessibility.assertNoViolations(member.driver());

            // readiness: the service side all 3, the community side all 2, each saved as it is chosen
            Characteristic[] characteristics = Characteristic.values();
            for (int i = 0; i < characteristics.length; i++) {
                String grade = characteristics[i].group() == Characteristic.Group.SERVICE ? "3" : "2";
                member.find("table.grade-" + characteristics[i].name() + " input[value='" + grade + "']").click();
                member.waitForText("#readiness\\:characteristics\\:" + i + "\\:status", "Saved.");
            }

            // two options and two criteria are enough for this question
            member.clickAndWait("button[aria-label='Remove the option Contract with a private firm']");
            member.clickAndWait("button[aria-label='Remove the option Partnership with a nonprofit']");
            for (String criterion : new String[] {"Transition cost", "Control and accountability", "Financial risk",
                "Legal and political risk", "Capacity and expertise", "Effect on employees", "Implementation effort"}) {
                member.clickAndWait("button[aria-label='Remove the criterion " + criterion + "']");
            }
            WebElement weight = member.find("input.weight");
            weight.clear();
            weight.sendKeys("60\t");
            member.waitForText("#criteria\\:rows\\:0\\:status", "Saved.");

            score(member, "1-1", "3");
            score(member, "1-2", "2");
            score(member, "2-1", "4");
            member.find(".score-row:has(select.score-2-2) input.rationale").sendKeys("The city's garage has spare bays.\t");
            member.waitForText(".score-row:has(select.score-2-2) .autosave", "Choose a score: the reason is saved with it.");
            score(member, "2-2", "4");
            Accessibility.assertNoViolations(member.driver());

            // a second window still shows in-house at 3; the first changes it to 2, the second's 5 is refused
            Journeys.logIn(secondWindow, email, password);
            String matrixPath = "decision/matrix.xhtml?id=" + member.find("#results-link").getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
            secondWindow.go(matrixPath);
            score(member, "1-1", "2");
            new Select(secondWindow.find("select.score-1-1")).selectByValue("5");
            secondWindow.waitForText(".score-row:has(select.score-1-1) .autosave",
                    "This was scored 2 meanwhile, so your 5 was not saved.");
            assertEquals("2", new Select(secondWindow.find("select.score-1-1")).getFirstSelectedOption().getAttribute("value"),
                    "the newer value is shown");

            secondWindow.go(matrixPath);
            assertEquals("The city's garage has spare bays.",
                    secondWindow.find(".score-row:has(select.score-2-2) input.rationale").getAttribute("value"), "saved with its score");

            member.clickAndWait("#results-link");

            assertEquals("Results: Fleet maintenance: share a garage with the city?", member.heading());
            assertEquals("Intergovernmental agreement or shared service leads with 4.00.", member.find("#verdict").getText());
            assertEquals("21", member.find("#service-score").getText());
            assertEquals("14", member.find("#community-score").getText());
            assertEquals("Good candidate for collaboration", member.find("#quadrant").getText());
            assertTrue(member.find("table.ranking").getText().contains("(60 \u00d7 4 + 20 \u00d7 4) \u00f7 80 = 4.00"));
            assertTrue(member.find("#profiles").getText().contains("Service level and quality 60 2 4"), member.find("#profiles").getText());
            assertTrue(member.find("#history").getText().contains("Avery Lindholm: Scored \u201cKeep in-house\u201d on"
                    + " \u201cService level and quality\u201d: 2"), member.find("#history").getText());
            Accessibility.assertNoViolations(member.driver());
        }
    }

    @Test
    void anOwnerInvitesTwoPeopleSeesWhereTheyDisagreeAndFinalises() throws Exception {
        TestControlServlet.call(base, "clock=2027-03-01T15:00:00Z");
        String ownerEmail = Journeys.newEmail("owner");
        String password = "dispatch consolidation";
        TestControlServlet.call(base, "account=" + ownerEmail + "&name=Harper%20Quinn&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&roles=MEMBER&paid=true");
        String joEmail = Journeys.newEmail("jo");
        String kimEmail = Journeys.newEmail("kim");

        try (Browser owner = Browser.open(base); Browser jo = Browser.open(base); Browser kim = Browser.open(base)) {
            Journeys.logIn(owner, ownerEmail, password);
            owner.go("decision/matrices.xhtml");
            owner.type("#create\\:title", "Dispatch: consolidate with the county?");
            owner.clickAndWait("#create\\:start");
            String matrixId = owner.find("#results-link").getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");

            // invitations: a wrong address is refused next to its field
            owner.clickAndWait("#dialogue-link");
            owner.type("#invite\\:inviteName", "Jo Park").type("#invite\\:inviteEmail", "jo at city hall");
            owner.clickAndWait("#invite\\:send");
            assertTrue(owner.find("#invite").getText().contains("Enter an email address like name@city.gov."), owner.mainText());
            owner.type("#invite\\:inviteEmail", joEmail);
            owner.clickAndWait("#invite\\:send");
            owner.type("#invite\\:inviteName", "Kim Ruiz").type("#invite\\:inviteEmail", kimEmail);
            owner.clickAndWait("#invite\\:send");
            assertEquals("0 of 2 have submitted. Only submitted values count below; you can finalise without anyone who never submits.",
                    owner.find("#submitted").getText());
            Accessibility.assertNoViolations(owner.driver());
            // a speech user says what they see: "Send again" is in each button's accessible name (axe's rule is experimental, so asked by name)
            WebElement again = owner.find("button[aria-label='Send again: a new link for Jo Park']");
            assertTrue(again.getAttribute("aria-label").startsWith(again.getText()), again.getText());
            com.deque.html.axecore.results.Results labels = new com.deque.html.axecore.selenium.AxeBuilder()
                    .withRules(List.of("label-content-name-mismatch")).analyze(owner.driver());
            assertEquals(List.of(), labels.getViolations().stream().filter(v -> v.getId().equals("label-content-name-mismatch"))
                    .flatMap(v -> v.getNodes().stream()).map(n -> n.getTarget().toString()).toList());
            assertTrue(labels.getPasses().stream().anyMatch(r -> r.getId().equals("label-content-name-mismatch")), "the rule ran and passed");

            // the link's page creates no session; pressing its button does, and only by a POST from the portal's own page
            String oldSession = pressOverHttp(Mailbox.token(Mailbox.awaitMessage(smtp, joEmail, "Your views on")));
            assertTrue(scoringPage(oldSession).contains("Dispatch: consolidate with the county?"));
            // a new link ends the session the old one opened (a new link waits a few minutes after the last)
            TestControlServlet.call(base, "clock=2027-03-01T15:05:00Z");
            owner.go("decision/dialogue.xhtml?id=" + matrixId);
            owner.clickAndWait("button[aria-label='Send again: a new link for Jo Park']");
            assertTrue(owner.mainText().contains("A new link is on its way to " + joEmail), owner.mainText());
            String refused = scoringPage(oldSession);
            assertTrue(refused.contains("A newer invitation link was sent to you, so this page no longer opens the matrix."), refused);
            assertFalse(refused.contains("Dispatch: consolidate with the county?"), refused);
            awaitMessages(joEmail, 2);

            // each opens their own link, without an account, and scores on their own
            takePart(jo, Mailbox.token(Mailbox.awaitMessage(smtp, joEmail, "Your views on")), "1", "5", "2");
            Accessibility.assertNoViolations(jo.driver());
            takePart(kim, Mailbox.token(Mailbox.awaitMessage(smtp, kimEmail, "Your views on")), "3", "1", "3");
            assertTrue(kim.find("#group-agenda").getText().startsWith(
                    "\u201cKeep in-house\u201d on \u201cService level and quality\u201d: from 1 to 5"), "after submitting, the group's spread shows");
            assertEquals(302, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "decision/matrix.xhtml?id=" + matrixId))
                    .header("Cookie", "JSESSIONID=" + jo.sessionId()).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                    "a participant's link opens the scoring page, not the owner's matrix");

            // the owner sees the widest disagreement first
            owner.go("decision/dialogue.xhtml?id=" + matrixId);
            assertEquals("2 of 2 have submitted. Only submitted values count below; you can finalise without anyone who never submits.",
                    owner.find("#submitted").getText());
            // what truly divides them first (each spans its whole scale), then a small spread; five at once, the rest behind "show all"
            List<String> agenda = owner.findAll("#agenda li").stream().map(e -> e.getText()).toList();
            assertEquals(5, agenda.size(), agenda.toString());
            assertEquals(List.of("\u201cKeep in-house\u201d on \u201cService level and quality\u201d: from 1 to 5, average 3.00.",
                    "Unions (readiness grade): from 1 to 3 (of 1 to 3), average 2.00."), agenda.subList(0, 2));
            assertEquals("Show all 6 disagreements", owner.find("#agenda-more summary").getText());
            owner.find("#agenda-more summary").click();
            List<String> rest = owner.findAll("#agenda-rest li").stream().map(e -> e.getText()).toList();
            assertEquals(1, rest.size(), rest.toString());
            List<String> small = new java.util.ArrayList<>(agenda.subList(2, 5));
            small.addAll(rest);
            assertEquals(java.util.Set.of("Annual cost", "Transition cost", "Control and accountability", "Financial risk"),
                    small.stream().map(line -> line.replaceAll(".* on \u201c(.*)\u201d: from 2 to 3, average 2\\.50\\.", "$1"))
                            .collect(java.util.stream.Collectors.toSet()), small.toString());
            assertEquals("The group agrees on 1 of the 7 values that two or more people gave.", owner.find("#agreed").getText());
            assertTrue(owner.find("#cells").getText().contains("\u201cIntergovernmental agreement or shared service\u201d on"
                    + " \u201cService level and quality\u201d 2 4.00 0"), owner.find("#cells").getText());
            Accessibility.assertNoViolations(owner.driver());

            // after the discussion: finalise, and the report for the council
            owner.go("decision/matrix.xhtml?id=" + matrixId);
            owner.clickAndWait("#finish\\:finalise");
            assertTrue(owner.mainText().contains("The matrix is final."), owner.mainText());
            HttpResponse<byte[]> report = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "decision/report?id="
                    + matrixId)).header("Cookie", "JSESSIONID=" + owner.sessionId()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, report.statusCode());
            assertEquals("application/pdf", report.headers().firstValue("Content-Type").orElse(""));
            try (PDDocument pdf = Loader.loadPDF(report.body())) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("Dispatch: consolidate with the county?") && text.contains("Final, agreed on March 1, 2027"), text);
            }
            jo.go("decision/participate.xhtml?token=" + Mailbox.token(Mailbox.awaitMessage(smtp, joEmail, "Your views on")));
            jo.clickAndWait("#invitation\\:start");
            assertTrue(jo.mainText().contains("This matrix is final: scoring has closed."), jo.mainText());
        }
    }

    /**
     * Opens an invitation as a plain HTTP client would: the page sets no cookie, neither does a GET
     * carrying its form, a POST from another site is refused, and the button pressed on the page
     * starts a session and leads to the scoring page. Returns that session's id.
     */
    private String pressOverHttp(String token) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> landing = http.send(HttpRequest.newBuilder(URI.create(base + "decision/participate.xhtml?token=" + token))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, landing.statusCode());
        assertEquals(List.of(), landing.headers().allValues("Set-Cookie"), "following the link creates no session");
        assertTrue(landing.body().contains("value=\"stateless\""), "the invitation is a stateless view");
        String form = "invitation=invitation&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&invitation%3Astart=&jakarta.faces.ViewState=stateless";

        HttpResponse<String> asGet = http.send(HttpRequest.newBuilder(URI.create(base + "decision/participate.xhtml?" + form)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(List.of(), asGet.headers().allValues("Set-Cookie"), "a GET never presses the button");
        assertEquals(400, asGet.statusCode(), "a form's action sent as a GET is refused before the page runs");

        String origin = base.getProtocol() + "://" + base.getAuthority();
        HttpResponse<String> foreign = http.send(post(form, "https://attacker.example"), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, foreign.statusCode());
        assertEquals(List.of(), foreign.headers().allValues("Set-Cookie"));

        HttpResponse<String> pressed = http.send(post(form, origin), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, pressed.statusCode(), pressed.body());
        assertTrue(pressed.headers().firstValue("Location").orElse("").contains("decision/scoring.xhtml"), pressed.headers().toString());
        List<String> cookies = pressed.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).reduce((first, last) -> last)
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).orElse(null);
        assertNotNull(session, "pressing the button starts a session: " + cookies);
        return session;
    }

    private HttpRequest post(String form, String origin) {
        return HttpRequest.newBuilder(URI.create(base + "decision/participate.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private String scoringPage(String session) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "decision/scoring.xhtml"))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        return page.body();
    }

    private static void awaitMessages(String recipient, int count) throws Exception {
        for (int wait = 0; wait < 300; wait++) {
            long received = 0;
            for (jakarta.mail.internet.MimeMessage message : smtp.getReceivedMessages()) {
                if (java.util.Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient))) {
                    received++;
                }
            }
            if (received >= count) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(count + " mails did not reach " + recipient);
    }

    /**
     * Opens the invitation, grades unions, scores in-house and the shared service on service level,
     * scores in-house on the next four criteria, and submits.
     */
    private static void takePart(Browser browser, String token, String unionsGrade, String inHouseScore, String inHouseOthers) {
        browser.go("decision/participate.xhtml?token=" + token);
        browser.clickAndWait("#invitation\\:start");
        assertEquals("Dispatch: consolidate with the county?", browser.heading());
        browser.find("table.grade-UNIONS input[value='" + unionsGrade + "']").click();
        browser.waitForText("#readiness\\:characteristics\\:12\\:status", "Saved.");
        score(browser, "1-1", inHouseScore);
        score(browser, "2-1", "4");
        for (int criterion = 2; criterion <= 5; criterion++) {
            score(browser, "1-" + criterion, inHouseOthers);
        }
        browser.clickAndWait("#submit\\:submitScores");
        assertTrue(browser.mainText().contains("your scores are submitted"), browser.mainText());
    }

    /**
     * Chooses a score in the cell "option position-criterion position" and waits for the answer:
     * the cell's status is drawn anew by the save, so the old one going stale marks its arrival.
     */
    private static void score(Browser browser, String cell, String value) {
        String status = ".score-row:has(select.score-" + cell + ") .autosave";
        WebElement before = browser.find(status);
        new Select(browser.find("select.score-" + cell)).selectByValue(value);
        browser.waitUntil(ExpectedConditions.stalenessOf(before));
        browser.waitForText(status, "Saved.");
    }

    /** Each row of a group's table on the public page: the characteristic's name and the sample's grade. */
    private static List<String> characteristics(Browser browser, String group) {
        return browser.findAll("#characteristics-" + group + " tbody tr").stream()
                .map(row -> row.findElement(org.openqa.selenium.By.cssSelector("th")).getText() + " "
                        + row.findElement(org.openqa.selenium.By.cssSelector("td:last-child")).getText())
                .toList();
    }
}
