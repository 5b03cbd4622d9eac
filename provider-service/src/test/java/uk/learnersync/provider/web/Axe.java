package uk.learnersync.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Deque's axe-core, run in the browser on the page it shows: every rule of WCAG 2.2 A and AA and
 * axe's best practices. Any violation fails the test, naming the rule and the elements.
 */
final class Axe {

    private Axe() {
    }

    static void assertAccessible(WebDriver browser) {
        Results results = new AxeBuilder().analyze(browser);
        assertThat(results.isErrored()).as("axe-core failed on %s: %s", browser.getCurrentUrl(),
                results.getErrorMessage()).isFalse();
        assertThat(results.getViolations()).as("axe-core violations on %s", browser.getCurrentUrl())
                .withFailMessage(() -> "axe-core found on " + browser.getCurrentUrl() + ":\n"
                        + describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + rule.getNodes().stream().map(node -> "\n    " + node.getTarget() + " " + node.getHtml())
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }
}
