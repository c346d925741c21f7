package org.civicportal.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Runs axe-core's WCAG 2.0/2.1 A and AA rules on the page the browser shows. */
public final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /**
     * Fails with every violation found on the current page, if any, and if the browser refused
     * any of the page's own scripts under the Content-Security-Policy. Waits first for Ajax requests
     * to finish: PrimeFaces greys out a button while its request runs, which is not the page's look.
     */
    public static void assertNoViolations(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !(window.PrimeFaces && PrimeFaces.ajax && !PrimeFaces.ajax.Queue.isEmpty())"
                        + " && !(window.jQuery && jQuery.active > 0) && !document.querySelector('.ui-state-disabled.ui-button');"));
        ContentSecurity.assertNothingRefused(driver);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            fail("WCAG 2.1 AA violations on " + driver.getCurrentUrl() + ":\n" + violations.stream()
                    .map(v -> "- " + v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                            .map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }
}
