package org.civicportal.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A member works a matrix in headless Chromium: starts it (a missing title first), grades the
 * fourteen characteristics, trims the options and criteria, weighs and scores with every change
 * saved as it is made, meets a change made meanwhile in a second window, and reads the results.
 */
@ExtendWith(ArquillianExtension.class)
class MatrixJourney {

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
