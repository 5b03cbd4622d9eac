package uk.learnersync.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * What staff read and how the forms behave, as a person sees it in Chromium: the GOV.UK Design
 * System's patterns (error summary in field order, "Enter the …", an "Error:" title, summary lists with
 * Change links, no option chosen for them, the confirmation in view, live results announced) and plain
 * words (one timeline entry per save that keeps itself up to date, people by name, rules in words).
 */
class StaffLanguagePageTest extends PageTest {

    private static final String EPAO = "EPA0001";

    private String learner;

    @BeforeEach
    void aRegisteredLearner() {
        learner = registeredLearner(EPAO);
    }

    @Test
    void personalDetailsAreASummaryListWhoseChangeLinksLeadToTheirField() {
        signInAs("TUTOR");
        open("/learners/" + learner);

        assertThat(text("personal-details-summary")).contains("Given names", "Ada", "Gender", "Female",
                "Date of birth", "10 December 2004");
        assertThat(browser.findElements(By.cssSelector("#personal-details-summary .govuk-summary-list__actions a")))
                .extracting(link -> link.getAttribute("textContent")).contains("Change given names", "Change gender",
                        "Change ULN");
        assertThat(browser.findElements(By.cssSelector("#personal-details-summary input"))).isEmpty();

        submit("change-familyName");
        assertThat(heading()).contains("Change personal details");
        assertThat(browser.getCurrentUrl()).endsWith("/details#familyName");
        screenshot("learner-personal-details");
    }

    @Test
    void errorsAreSummarisedInTheOrderOfTheFieldsWithGovukMessagesAndAnErrorTitle() {
        signInAs("TUTOR");
        open("/learners/" + learner + "/details");
        type("email", "not an email");
        type("givenNames", " ");
        typeDate("dateOfBirth", "9", "12", "");
        submit("save-details");

        assertThat(browser.getTitle()).startsWith("Error: Change personal details");
        assertThat(errorSummary()).containsExactly("Enter the given names", "Date of birth must include a year",
                "Email address must be an email address such as name@example.com");
        browser.findElements(By.cssSelector(".govuk-error-summary__list a")).get(1).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("dateOfBirth-year");
        assertThat(api.get("/api/v1/learners/" + learner).expect(200).body()).containsEntry("givenNames", "Ada");
    }

    @Test
    void markupIsRefusedAsANameOrAnAddressLineWithAClearMessage() {
        signInAs("TUTOR");
        open("/learners/" + learner + "/details");
        type("givenNames", "<script>alert(1)</script>");
        submit("save-details");

        assertThat(errorSummary()).containsExactly("Given names must only include letters of the Latin alphabet, "
                + "spaces and punctuation such as hyphens and apostrophes, and not digits or the characters < > | \"");
        assertThat(api.get("/api/v1/learners/" + learner).expect(200).body()).containsEntry("givenNames", "Ada");

        String employer = (String) api.get("/api/v1/learners/" + learner).expect(200).body().get("employerId");
        open("/employers/" + employer + "/addresses/new");
        type("line1", "<script>alert(1)</script>");
        type("town", "Leeds");
        type("postcode", "LS1 4AP");
        submit("save");
        assertThat(errorSummary()).containsExactly("Address line 1 must only include letters a to z, numbers, spaces "
                + "and the characters ~ ! @ & ' \\ ( ) * + , - . / : ;");
        assertThat(api.get("/api/v1/employers/" + employer).expect(200).body().get("addresses")).asList().hasSize(1);
    }

    @Test
    void oneSaveIsOneTimelineEntryThatKeepsItselfUpToDateAndSaysWhoInWords() {
        signInAs("TUTOR");
        open("/learners/" + learner + "/details");
        type("familyName", "Byron");
        click("sex-M");
        scenario.fault("DOWN");
        submit("save-details");

        assertThat(successBanner()).contains("Personal details saved");
        List<WebElement> saves = browser.findElements(By.cssSelector("#sync-entries tbody tr"));
        assertThat(saves).hasSize(2);
        WebElement save = saves.get(0);
        assertThat(save.findElements(By.cssSelector(".app-sync-rule"))).extracting(rule -> rule.getAttribute("data-rule"))
                .contains("PD-1", "PD-4");
        assertThat(save.getText()).contains("Changed in LearnerSync by Sam Staff", "Sex (gender) changed")
                .doesNotContain("user:", "0 attempts", "Delivered");
        assertThat(text("timeline-state")).isEqualTo("Changes are on their way to the EPA platform.");

        scenario.fault("NONE");
        waitUntil(() -> text("timeline-state").equals("Nothing is waiting to be sent.")
                && browser.findElement(By.cssSelector("#sync-entries tbody tr")).getText().contains("Sent"));
        WebElement sent = browser.findElement(By.cssSelector("#sync-entries tbody tr"));
        assertThat(sent.findElement(By.cssSelector(".app-sent-summary")).getText()).contains("Family name", "Byron",
                "Gender", "Male");
        assertThat(sent.findElement(By.cssSelector(".app-request")).isDisplayed()).isFalse();
        Axe.assertAccessible(browser);
    }

    @Test
    void theChangeOfCircumstanceChooserChoosesNothingForThePerson() {
        signInAs("TUTOR");
        open("/learners/" + learner + "/automations/new");

        assertThat(browser.findElements(By.cssSelector("input[name=type]"))).isNotEmpty()
                .noneMatch(WebElement::isSelected);
    }

    @Test
    void theConfirmationIsInViewAfterSavingProgrammeDetails() {
        signInAs("TUTOR");
        open("/learners/" + learner + "/programme");
        typeDate("plannedEndDate", "30", "4", "2027");
        submit("save-programme");

        WebElement banner = browser.findElement(By.cssSelector(".govuk-notification-banner--success"));
        assertThat(banner.getText()).contains("Programme details saved");
        long viewportHeight = ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight")).longValue();
        long top = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].getBoundingClientRect().top", banner)).longValue();
        assertThat(top).isBetween(0L, viewportHeight);
    }

    @Test
    void liveSearchResultsAreAnnouncedToScreenReaders() {
        signInAs("TUTOR");
        open("/learners");
        WebElement status = browser.findElement(By.id("results-status"));
        assertThat(status.getAttribute("role")).isEqualTo("status");

        type("q", "Lovelace");
        waitUntil(() -> browser.getCurrentUrl().contains("q=Lovelace"));
        waitUntil(() -> browser.findElement(By.id("results-status")).getAttribute("textContent").equals("1 learner found"));
        type("q", "Nobody");
        waitUntil(() -> browser.findElement(By.id("results-status")).getAttribute("textContent").equals("No learners match"));
        assertThat(browser.findElement(By.id("results-status"))).isEqualTo(status);
        Axe.assertAccessible(browser);
    }

    @Test
    void anApproverSeesOnTheDashboardHowManyRequestsWaitForThem() {
        for (String date : List.of("2026-01-05", "2026-01-06")) {
            api.post("/api/v1/automations", Map.of("type", "BREAK_IN_LEARNING", "learnerId", learner,
                    "effectiveDate", date, "details", Map.of())).expect(201);
        }
        signInAs("APPROVER");

        assertThat(text("awaiting-approval")).isEqualTo("2 requests wait for your approval");
        screenshot("dashboard-approver");
        signInAs("TUTOR");
        assertThat(browser.findElements(By.id("awaiting-approval"))).isEmpty();
    }
}
