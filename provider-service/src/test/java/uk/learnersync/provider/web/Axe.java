package uk.learnersync.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Deque's axe-core, run in the browser on the page it shows: every rule of WCAG 2.2 A and AA and
 * axe's best practices. Any violation fails the test, naming the rule and the elements.
 *
 * <p>A run takes about a second, and the browser tests open many pages whose structure an earlier
 * test's page already had (the same page for another learner). So a page is judged once per
 * structure: the tags, IDs, classes, attribute names and whether each element has text, with IDs'
 * digits left out. A panel, a field, an error message or an empty element more is a new structure.
 */
final class Axe {

    /** Each element as tag#id.class[attribute names]+ (with text) or - (without), digits dropped. */
    private static final String STRUCTURE = """
            return Array.from(document.querySelectorAll('*')).map(e => e.tagName + '#' + e.id + '.'
                + (typeof e.className === 'string' ? e.className : '') + '['
                + Array.from(e.attributes).map(a => a.name).sort().join(',') + ']'
                + (e.children.length === 0 && e.textContent.trim() === '' ? '-' : '+')).join('|')
                .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID').replace(/[0-9]+/g, 'N');""";

    private static final Set<String> JUDGED = ConcurrentHashMap.newKeySet();

    private Axe() {
    }

    static void assertAccessible(WebDriver browser) {
        if (!JUDGED.add((String) ((JavascriptExecutor) browser).executeScript(STRUCTURE))) {
            return;
        }
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
