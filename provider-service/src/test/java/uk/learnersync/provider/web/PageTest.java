package uk.learnersync.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import uk.learnersync.provider.support.DocsAssets;
import uk.learnersync.provider.support.EndToEndTest;

/**
 * Base of the browser tests: the shared headless Chromium, provider users made through the operator
 * API, signing in through the form, and what a user sees. Every page a test opens or submits to is
 * checked with axe-core ({@link Axe}), once per page structure. One browser class at a time: they share the one Chromium, while
 * the other test classes run beside them.
 */
@ResourceLock("browser")
abstract class PageTest extends EndToEndTest {

    static final String PASSWORD = "correct horse battery staple";
    private static final Path SCREENSHOTS = DocsAssets.folder("screenshots");

    protected WebDriver browser;

    @BeforeEach
    void freshBrowser() {
        browser = Browser.get();
        // Off the last test's page first, so that nothing it polls for is saved as the page to return to;
        // then every cookie, whatever its site (deleteAllCookies on about:blank would delete none).
        browser.get("about:blank");
        ((ChromiumDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Creates a user of this test's provider with the given roles; returns the email. */
    protected String newUser(String... roles) {
        String email = unique("staff-") + "@provider.test";
        admin.post("/api/admin/providers/" + providerId + "/users",
                Map.of("email", email, "name", "Sam Staff", "password", PASSWORD, "roles", List.of(roles))).expect(201);
        return email;
    }

    /** Signs in through the form as a new user with the given roles; returns the email. */
    protected String signInAs(String... roles) {
        String email = newUser(roles);
        signIn(email, PASSWORD);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        return email;
    }

    protected void signIn(String email, String password) {
        browser.get("about:blank");
        browser.manage().deleteAllCookies();
        open("/login");
        type("username", email);
        type("password", password);
        submit("sign-in");
    }

    /** Opens a page and checks it with axe-core, as every page a test reaches is. */
    protected void open(String path) {
        browser.get(url(path));
        Axe.assertAccessible(browser);
    }

    /**
     * At 320 CSS pixels wide, the narrowest screen WCAG's reflow criterion names, the page needs no
     * sideways scrolling; the window is set back afterwards.
     */
    protected void assertNoSidewaysScrollAt320() {
        Dimension wide = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(320, 900));
        try {
            waitUntil(() -> width("window.innerWidth") <= 320);
            assertThat(width("document.documentElement.scrollWidth")).as("page width at 320px of %s",
                    browser.getCurrentUrl()).isLessThanOrEqualTo(width("document.documentElement.clientWidth"));
        } finally {
            browser.manage().window().setSize(wide);
        }
    }

    private long width(String expression) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return " + expression)).longValue();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    protected void typeDate(String field, String day, String month, String year) {
        type(field + "-day", day);
        type(field + "-month", month);
        type(field + "-year", year);
    }

    protected void choose(String selectId, String visibleText) {
        new Select(browser.findElement(By.id(selectId))).selectByVisibleText(visibleText);
    }

    protected void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    /** Clicks a button or link that loads a page, and waits until the new page is there. */
    protected void submit(String id) {
        submit(browser.findElement(By.id(id)));
    }

    protected void submit(WebElement buttonOrLink) {
        WebElement page = browser.findElement(By.tagName("html"));
        buttonOrLink.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
        Axe.assertAccessible(browser);
    }

    protected String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    protected String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** The texts of the error summary's links, which are the errors a user is told of. */
    protected List<String> errorSummary() {
        return browser.findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
                .map(WebElement::getText).toList();
    }

    protected String successBanner() {
        return browser.findElement(By.cssSelector(".govuk-notification-banner--success")).getText();
    }

    /** A case owner, manager and employer of this provider, which an EPA platform needs to register a learner. */
    protected Map<String, Object> fullyLinked() {
        Map<String, String> employer = scenario.employer("Acme Ltd", "LS1 4AP");
        return Map.of("caseOwnerId", scenario.caseOwner("Tess"), "managerId", scenario.manager(employer.get("id"), "Mona"),
                "employerId", employer.get("id"), "employerAddressId", employer.get("addressId"));
    }

    /** A fully linked learner, registered through a connection to the EPAO's platform and sent there. */
    protected String registeredLearner(String epaoId) {
        scenario.connectTo(epaoId);
        String learner = scenario.learner(scenario.programme(epaoId), fullyLinked());
        scenario.register(learner);
        scenario.awaitSynced();
        return learner;
    }

    /** Waits until the page shows what is expected, e.g. after htmx swapped part of it. */
    protected void waitUntil(Supplier<Boolean> shown) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> shown.get());
    }

    /** Saves what the browser shows to screenshots/{name}.png (see {@link DocsAssets}), for the README. */
    protected void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
