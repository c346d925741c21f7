package org.civicportal.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.UUID;
import org.openqa.selenium.support.ui.Select;

/** Steps that several browser journeys take, done the way a person does them. */
public final class Journeys {

    private Journeys() {
    }

    /** An address no earlier test used. */
    public static String newEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@county.example.org";
    }

    /** Fills in the sign-up form with plausible details and the given address and password. */
    public static void fillSignUp(Browser browser, String fullName, String email, String password) {
        browser.go("signup.xhtml")
                .type("#signup\\:fullName", fullName)
                .type("#signup\\:email", email)
                .type("#signup\\:password", password)
                .type("#signup\\:name", "Clearwater County")
                .type("#signup\\:region", "MT")
                .type("#signup\\:population", "18250")
                .type("#signup\\:positionTitle", "County Administrator");
        new Select(browser.find("#signup\\:country")).selectByVisibleText("United States");
        new Select(browser.find("#signup\\:positionType")).selectByValue("CAO");
    }

    /** Signs up, reads the confirmation mail and confirms: the account can log in afterwards. */
    public static void signUpAndConfirm(Browser browser, GreenMailExtension smtp, String fullName, String email, String password) {
        fillSignUp(browser, fullName, email, password);
        browser.clickAndWait("#signup\\:submit");
        assertTrue(browser.mainText().contains("Check your email"), browser.mainText());
        String token = Mailbox.token(Mailbox.awaitMessage(smtp, email, "Confirm your email"));
        browser.go("account/verify.xhtml?token=" + token).clickAndWait("#confirm\\:submit");
        assertTrue(browser.mainText().contains("is confirmed"), browser.mainText());
    }

    /** Logs in through the form. */
    public static void logIn(Browser browser, String email, String password) {
        browser.go("login.xhtml")
                .type("#login\\:email", email)
                .type("#login\\:password", password)
                .clickAndWait("#login\\:submit");
    }

    /** Presses "Log out" in the header. */
    public static void logOut(Browser browser) {
        browser.clickAndWait("header form button[type=submit]");
    }
}
