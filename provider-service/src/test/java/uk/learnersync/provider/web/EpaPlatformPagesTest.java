package uk.learnersync.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumDriver;

import uk.learnersync.provider.support.TestEpaPlatform;

/**
 * The EPA platform's pages as the EPAO's staff use them in Chromium, with the records the provider's
 * connection keeps there: axe-core finds no violation on any, none scrolls sideways at 320 pixels, and
 * they speak the staff's language (UK dates, words rather than codes, problem pages with a way back), the
 * EPAO's own actions included.
 * The pages sign in with HTTP Basic, which the browser sends with every request here.
 */
class EpaPlatformPagesTest extends PageTest {

    private static final String EPAO = "EPA0001";

    private String learner;

    @BeforeEach
    void aRegisteredLearnerAndSignedInToThePlatform() {
        learner = registeredLearner(EPAO);
        String basic = Base64.getEncoder().encodeToString(("operator:" + TestEpaPlatform.ADMIN_TOKEN)
                .getBytes(StandardCharsets.UTF_8));
        cdp("Network.enable", Map.of());
        cdp("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic " + basic)));
    }

    @AfterEach
    void signedOutOfThePlatform() {
        cdp("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));
    }

    @Test
    void everyPageOfThePlatformIsAccessibleAndSpeaksTheStaffsLanguage() {
        String id = api.post("/api/v1/automations", Map.of("type", "BREAK_IN_LEARNING", "learnerId", learner,
                "effectiveDate", "2026-01-05", "details", Map.of("expectedReturnDate", "2026-04-01"))).expect(201).id();
        api.post("/api/v1/automations/" + id + "/approve", Map.of()).expect(200);
        scenario.awaitSynced();

        platform("/");
        assertThat(heading()).isEqualTo("Organisations");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en-GB");
        assertNoSidewaysScrollAt320();

        platform("/organisations/" + EPAO);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Ada Lovelace", "Break in learning")
                .doesNotContain("SUSPENDED", "ON_PROGRAMME");
        assertNoSidewaysScrollAt320();

        submit(browser.findElement(By.linkText("Ada Lovelace")));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Female", "5 January 2026", "1 April 2026", "1 September 2025")
                .doesNotContain("2026-01-05", "BREAK_IN_LEARNING", "{");
        assertThat(browser.findElements(By.cssSelector(".govuk-back-link"))).hasSize(1);
        assertNoSidewaysScrollAt320();

        submit(browser.findElement(By.cssSelector("form[action$='/withdraw'] button")));
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
                .map(link -> link.getText()).toList()).containsExactly("Enter the reason for withdrawing the apprentice");

        platform("/organisations/EPA9999");
        assertThat(heading()).isEqualTo("Page not found");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("{", "status");
        platform("/no-such-page");
        assertThat(heading()).isEqualTo("Page not found");
    }

    @Test
    void theEpaoStaffsActionsConfirmGatewayRecordResultIssueCertificateAndRevokeAreAccessiblePages() {
        platform("/organisations/" + EPAO);
        submit(browser.findElement(By.linkText("Ada Lovelace")));

        typeDate("gatewayDate", "10", "1", "2026");
        submit(browser.findElement(By.cssSelector("form[action$='/gateway'] button")));
        assertThat(successBanner()).contains("Gateway confirmed");
        assertThat(text("gateway")).startsWith("10 January 2026");

        submit(browser.findElement(By.cssSelector("form[action$='/result'] button")));
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(browser.findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
                .map(link -> link.getText()).toList()).containsExactly("Select the grade", "Enter the assessment date");
        click("grade-MERIT");
        typeDate("assessmentDate", "3", "2", "2026");
        submit(browser.findElement(By.cssSelector("form[action$='/result'] button")));
        assertThat(text("result")).isEqualTo("Merit, assessed 3 February 2026");
        assertThat(text("status")).isEqualTo("Completed");

        submit("certificate");
        assertThat(text("status")).isEqualTo("Certified");

        submit(browser.findElement(By.cssSelector(".govuk-back-link")));
        submit(browser.findElement(By.cssSelector("form[action$='/revoke'] button")));
        assertThat(successBanner()).contains("Connection revoked");
        assertNoSidewaysScrollAt320();
    }

    private void platform(String path) {
        browser.get(TestEpaPlatform.baseUrl() + path);
        Axe.assertAccessible(browser);
    }

    private void cdp(String command, Map<String, Object> parameters) {
        ((ChromiumDriver) browser).executeCdpCommand(command, parameters);
    }
}
