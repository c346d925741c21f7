package org.civicportal.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A county administrator applies at the CAO rate → an administrator approves → the invoice is
 * issued → the administrator records the payment → the member sees an active membership and
 * downloads the receipt.
 */
@ExtendWith(ArquillianExtension.class)
class MembershipJourney {

    @RegisterExtension
    static GreenMailExtension smtp = Mailbox.smtpServer();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aCaoAppliesIsApprovedPaysAndDownloadsTheReceipt() throws Exception {
        String email = Journeys.newEmail("morgan");
        String password = "county seat at noon";
        try (Browser member = Browser.open(base); Browser admin = Browser.open(base)) {
            Journeys.signUpAndConfirm(member, smtp, "Morgan Ellis", email, password);
            Journeys.logIn(member, email, password);

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

    private static WebElement rowContaining(Browser browser, String tableCss, String text) {
        browser.waitForText(tableCss, text);
        return browser.findAll(tableCss + " tbody tr").stream()
                .filter(row -> row.getText().contains(text))
                .findFirst()
                .orElseThrow();
    }
}
