package org.civicportal.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A county administrator applies at the CAO rate → an administrator approves → the invoice is
 * issued → the administrator records the payment → the member sees an active membership and
 * downloads the receipt. And at 00:30 UTC, still yesterday in New York, a member who paid a minute
 * earlier finds members-only events open in every zone.
 */
@ExtendWith(ArquillianExtension.class)
class MembershipJourney {

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.smtpServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(MovableClock.class, TestControlServlet.class, TestPeople.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void aCaoAppliesIsApprovedPaysAndDownloadsTheReceipt() throws Exception {
        String email = Journeys.newEmail("morgan");
        String password = "county seat at noon";
        try (Browser member = Browser.open(base); Browser admin = Browser.open(base)) {
            Journeys.signUpAndConfirm(member, smtp, "Morgan Ellis", email, password);
            // from the public dues page, "Log in to join" comes back to the membership page
            member.go("dues.xhtml").clickAndWait("#login-to-join")
                    .type("#login\\:email", email)
                    .type("#login\\:password", password)
                    .clickAndWait("#login\\:submit");
            assertEquals("/membership/membership.xhtml", member.currentPath());
            // and for a member, "Join" leads there too
            member.go("dues.xhtml").clickAndWait("#join");
            assertEquals("/membership/membership.xhtml", member.currentPath());

            // the quote: CAO/ACAO rate less the discount for a county of 18,250
            member.go("membership/membership.xhtml");
            assertEquals("My membership", member.heading());
            String offers = member.find("#offers").getText();
            assertTrue(offers.contains("USD 395.00"), offers);
            assertTrue(offers.contains("Community 10,000 to 24,999: −25 %"), offers);
            assertTrue(offers.contains("USD 296.25"), offers);
            Accessibility.assertNoViolations(member.driver());
            member.clickAndWait("button.join-CAO_ACAO");
            assertTrue(member.find("#awaiting").isDisplayed());
            Mailbox.awaitMessage(smtp, email, "Your application");

            // the administrator approves with a note
            Journeys.logIn(admin, System.getProperty("test.admin.email"), System.getProperty("test.admin.password"));
            admin.go("admin/membership/approvals.xhtml");
            Accessibility.assertNoViolations(admin.driver());
            WebElement row = rowContaining(admin, "#approvals\\:table", email);
            row.findElement(By.cssSelector("textarea")).sendKeys("Confirmed on the county's website.");
            row.findElement(By.cssSelector("button[id$=':approve']")).click();
            admin.waitForText("main", "Approved: the invoice was sent to " + email);
            String invoiceMail = Mailbox.text(Mailbox.awaitMessage(smtp, email, "Invoice INV-"));
            assertTrue(invoiceMail.contains("USD 296.25"), invoiceMail);

            // the member sees the invoice waiting
            member.go("membership/membership.xhtml");
            assertTrue(member.find("#membership\\:invoices").getText().contains("Waiting for payment"));

            // the administrator records a check for it
            admin.go("admin/membership/invoices.xhtml");
            rowContaining(admin, "#invoices\\:table", email).findElement(By.cssSelector("button")).click();
            admin.waitUntil(d -> !admin.findAll("#payment\\:record").isEmpty());
            Accessibility.assertNoViolations(admin.driver());
            assertEquals("296.25", admin.find("#payment\\:amount").getAttribute("value"));
            admin.type("#payment\\:amount", "300.00").type("#payment\\:reference", "Check 4471");
            new org.openqa.selenium.support.ui.Select(admin.find("#payment\\:method")).selectByValue("CHECK");
            admin.clickAndWait("#payment\\:record");
            assertTrue(admin.find(".field:has([id='payment:amount']) .ui-message").getText().contains("this is more"));
            admin.type("#payment\\:amount", "296.25").clickAndWait("#payment\\:record");
            assertTrue(admin.mainText().contains("Payment recorded for INV-"), admin.mainText());
            Mailbox.awaitMessage(smtp, email, "Payment received");

            // the member is active and downloads the receipt
            member.go("membership/membership.xhtml");
            assertEquals("Active", member.find("#status").getText());
            Accessibility.assertNoViolations(member.driver());
            String receiptUrl = member.find("a.receipt-link").getAttribute("href");
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(receiptUrl))
                    .header("Cookie", "JSESSIONID=" + member.sessionId()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("Morgan Ellis") && text.contains("USD 296.25") && text.contains("Check 4471"), text);
            }

            // the reports count the member and the CSV export lists them
            admin.go("admin/membership/reports.xhtml");
            Accessibility.assertNoViolations(admin.driver());
            assertTrue(admin.find("#members").getText().contains("Chief or assistant chief administrative officer"));
            HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base + "admin/membership/export?what=members"))
                    .header("Cookie", "JSESSIONID=" + admin.sessionId()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, csv.statusCode());
            String memberLine = csv.body().lines().filter(line -> line.contains(email)).findFirst().orElse("");
            assertTrue(memberLine.startsWith("\"Morgan Ellis\",") && memberLine.contains(",\"Active\","), memberLine);
            HttpResponse<Void> memberExport = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(base + "admin/membership/export?what=payments"))
                    .header("Cookie", "JSESSIONID=" + member.sessionId()).GET().build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(403, memberExport.statusCode(), "members cannot export");

            // someone else's receipt is not found
            HttpResponse<Void> foreign = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(receiptUrl))
                    .header("Cookie", "JSESSIONID=" + admin.sessionId()).GET().build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(404, foreign.statusCode());
        }
    }

    @Test
    void atHalfPastMidnightUtcAMemberWhoPaidAMinuteAgoInNewYorkMayRegisterForMembersOnlyEventsInEveryZone() throws Exception {
        try {
            // 00:29 UTC on November 30 is 7:29 PM on November 29 in New York, the association's zone
            control("clock=2026-11-30T00:29:00Z");
            String email = Journeys.newEmail("casey");
            String password = "evening dues paid in time";
            control("account=" + encode(email) + "&name=" + encode("Casey Morrow") + "&password=" + encode(password)
                    + "&roles=MEMBER&paid=true");
            control("clock=2026-11-30T00:30:00Z");
            Map<String, String> events = new LinkedHashMap<>();
            for (String zone : List.of("America/New_York", "Pacific/Honolulu", "Australia/Sydney")) {
                Instant startsAt = LocalDate.parse("2026-12-10").atTime(10, 0).atZone(ZoneId.of(zone)).toInstant();
                events.put(zone, control("capacity=20&audience=MEMBERS_ONLY&zone=" + encode(zone) + "&startsAt=" + startsAt
                        + "&title=" + encode("Members' briefing, " + zone)));
            }

            try (Browser member = Browser.open(base); Browser joiner = Browser.open(base); Browser admin = Browser.open(base)) {
                Journeys.logIn(member, email, password);
                member.go("membership/membership.xhtml");
                assertEquals("Active", member.find("#status").getText());
                assertEquals("December 31, 2027", member.find("#paid-through").getText(), "a late joiner on November 29");
                for (Map.Entry<String, String> event : events.entrySet()) {
                    member.go("events/event.xhtml?id=" + event.getValue());
                    assertEquals(1, member.findAll("#registration\\:register").size(), event.getKey() + ": " + member.mainText());
                }
                member.go("events/event.xhtml?id=" + events.get("America/New_York"));
                member.clickAndWait("#registration\\:register");
                assertEquals("You are registered.", member.find("#registered").getText());

                // someone joins this evening; the administrator's payment form proposes today in New York
                String other = Journeys.newEmail("devon");
                control("account=" + encode(other) + "&name=" + encode("Devon Hale") + "&password=" + encode(password) + "&roles=MEMBER");
                Journeys.logIn(joiner, other, password);
                joiner.go("membership/membership.xhtml");
                joiner.clickAndWait("button.join-LOCAL_GOVERNMENT_STAFF");
                assertTrue(joiner.find("#membership\\:invoices").getText().contains("Waiting for payment"));
                Journeys.logIn(admin, System.getProperty("test.admin.email"), System.getProperty("test.admin.password"));
                admin.go("admin/membership/invoices.xhtml");
                rowContaining(admin, "#invoices\\:table", other).findElement(By.cssSelector("button")).click();
                admin.waitUntil(d -> !admin.findAll("#payment\\:record").isEmpty());
                assertEquals("2026-11-29", admin.find("#payment\\:receivedOn").getAttribute("value"));
                admin.type("#payment\\:reference", "Check 5120");
                new org.openqa.selenium.support.ui.Select(admin.find("#payment\\:method")).selectByValue("CHECK");
                admin.clickAndWait("#payment\\:record");
                assertTrue(admin.mainText().contains("Payment recorded for INV-2026-"), admin.mainText());
                joiner.go("membership/membership.xhtml");
                assertEquals("Active", joiner.find("#status").getText());
            }
        } finally {
            control("clock=" + Instant.now());
        }
    }

    @Test
    void aVisitorReadsTheDuesWorksOutTheCaoPriceForATownOf8000AndGoesOnToSignUp() throws Exception {
        try {
            // March 16 in New York: a calendar-year category joined today runs to December 31
            control("clock=2026-03-16T15:00:00Z");
            try (Browser visitor = Browser.open(base)) {
                visitor.go("dues.xhtml");
                assertEquals("Membership and dues", visitor.heading());
                String cao = visitor.find("#rate-CAO_ACAO").getText();
                assertTrue(cao.contains("Chief or assistant chief administrative officer"), cao);
                assertTrue(cao.contains("USD 395.00"), cao);
                assertTrue(cao.contains("An administrator confirms your eligibility"), cao);
                assertTrue(cao.contains("Assistant chief administrative officer (ACAO)"), cao);
                String staff = visitor.find("#rate-LOCAL_GOVERNMENT_STAFF").getText();
                assertTrue(staff.contains("USD 550.00") && !staff.contains("An administrator confirms"), staff);
                String bands = visitor.find("#bands").getText();
                for (String expected : List.of("under 10,000 40 % off", "10,000 to 24,999 25 % off", "25,000 to 49,999 10 % off")) {
                    assertTrue(bands.contains(expected), bands);
                }
                assertTrue(visitor.findAll("#quote").isEmpty());
                assertNoSession(visitor);
                Accessibility.assertNoViolations(visitor.driver());

                // a population that is not a number is refused next to the field; the category stays chosen
                new org.openqa.selenium.support.ui.Select(visitor.find("#category")).selectByValue("CAO_ACAO");
                visitor.type("#population", "eight thousand").clickAndWait("#work-out");
                assertEquals("Enter the population as a whole number, like 12500.", visitor.find("#population-error").getText());
                assertEquals("population-hint population-error", visitor.find("#population").getAttribute("aria-describedby"));
                assertEquals("eight thousand", visitor.find("#population").getAttribute("value"));
                assertEquals("CAO_ACAO", new org.openqa.selenium.support.ui.Select(visitor.find("#category"))
                        .getFirstSelectedOption().getAttribute("value"));
                assertTrue(visitor.findAll("#quote").isEmpty());
                assertNoSession(visitor);
                Accessibility.assertNoViolations(visitor.driver());

                visitor.type("#population", "0").clickAndWait("#work-out");
                assertEquals("The population must be at least 1.", visitor.find("#population-error").getText());

                // 395.00 less 40 % for a community under 10,000 = 237.00, for the rest of this calendar year
                visitor.type("#population", "8,000").clickAndWait("#work-out");
                assertTrue(visitor.findAll("#population-error").isEmpty());
                assertEquals("USD 395.00", visitor.find("#quote-rate").getText());
                String quote = visitor.find("#quote").getText();
                assertTrue(quote.contains("Community under 10,000: −40 %"), quote);
                assertTrue(quote.contains("USD -158.00"), quote);
                assertEquals("USD 237.00", visitor.find("#quote-total").getText());
                assertEquals("March 16, 2026 to December 31, 2026, if you join today", visitor.find("#quote-period").getText());
                assertTrue(visitor.find("#quote-approval").getText().contains("CAO or ACAO"));
                assertTrue(visitor.driver().getCurrentUrl().contains("category=CAO_ACAO"), visitor.driver().getCurrentUrl());
                assertNoSession(visitor);
                Accessibility.assertNoViolations(visitor.driver());

                // the same question for a student: no small-community discount, twelve months from today
                new org.openqa.selenium.support.ui.Select(visitor.find("#category")).selectByValue("STUDENT");
                visitor.clickAndWait("#work-out");
                assertEquals("USD 50.00", visitor.find("#quote-total").getText());
                assertEquals("March 16, 2026 to March 15, 2027, if you join today", visitor.find("#quote-period").getText());
                assertTrue(visitor.findAll("#quote-approval").isEmpty());

                visitor.clickAndWait("#join");
                assertEquals("/signup.xhtml", visitor.currentPath());
                assertEquals("Create your account", visitor.heading());
                Accessibility.assertNoViolations(visitor.driver());
            }
        } finally {
            control("clock=" + Instant.now());
        }
    }

    private static void assertNoSession(Browser browser) {
        assertEquals(null, browser.sessionId(), "a public page created a session");
    }

    private String control(String query) throws Exception {
        return TestControlServlet.call(base, query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static WebElement rowContaining(Browser browser, String tableCss, String text) {
        browser.waitForText(tableCss, text);
        return browser.findAll(tableCss + " tbody tr").stream()
                .filter(row -> row.getText().contains(text))
                .findFirst()
                .orElseThrow();
    }
}
