package org.civicportal.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What Chromium's console says about the Content-Security-Policy. The console is read (and
 * emptied) at every accessibility check, so every page a journey checks is also proved to run
 * all of its own scripts under the policy.
 */
public final class ContentSecurity {

    private ContentSecurity() {
    }

    /** The console lines since the last read that report something the policy refused. */
    public static List<String> refusals(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .collect(Collectors.toList());
    }

    /** Fails if the policy refused anything on the page since the last read. */
    public static void assertNothingRefused(WebDriver driver) {
        List<String> refused = refusals(driver);
        if (!refused.isEmpty()) {
            fail("The Content-Security-Policy refused part of " + driver.getCurrentUrl() + ":\n" + String.join("\n", refused));
        }
    }
}
