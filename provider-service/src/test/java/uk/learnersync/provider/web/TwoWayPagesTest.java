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
 * What comes back from the EPA platform, as staff see it in Chromium: the learner record's end-point
 * assessment panel (TW-1, TW-2), the EPA outcome and a change of personal details in the approvals, in
 * words, and the sync dashboard's checks against the platforms with their repair (TW-4).
 */
class TwoWayPagesTest extends PageTest {

    private static final String EPAO = "EPA0014";

    private String learner;
    private String apprentice;

    @BeforeEach
    void aRegisteredLearner() {
        learner = registeredLearner(EPAO);
        @SuppressWarnings("unchecked")
        Map<String, Object> registration = (Map<String, Object>) api.get("/api/v1/learners/" + learner).expect(200)
                .body().get("epaRegistration");
        apprentice = (String) registration.get("apprenticeId");
    }

    @Test
    void TW_2_theRecordShowsWhatThePlatformReportsAndTheIlrCompletionInWordsOnceTheOutcomeIsApproved() {
        epao("gateway", Map.of("gatewayDate", "2026-10-01"));
        epao("result", Map.of("grade", "MERIT", "assessmentDate", "2026-11-20"));
        api.post("/api/v1/sync/read-back", Map.of()).expect(202);
        signInAs("ADMIN");
        open("/learners/" + learner);

        assertThat(text("epa-reported")).contains("On the EPA platform", "Completed", "Gateway", "1 October 2026",
                "Grade", "Merit", "Assessed on", "20 November 2026").doesNotContain("COMPLETED", "MERIT");
        assertThat(text("ilr-completion")).contains("Active", "CompStatus 1", "Outcome", "Not set");
        scrollTo("end-point-assessment");
        screenshot("learner-end-point-assessment");

        submit("epa-outcome-request");
        assertThat(heading()).contains("End-point assessment outcome");
        assertThat(text("type-description")).contains("Raised by LearnerSync when the EPA platform reported");
        assertThat(text("change")).contains("Grade on the EPA platform", "Merit", "Assessment date",
                "20 November 2026", "Outcome (ILR Outcome)", "Achieved (1)", "Grade (ILR OutGrade)", "Merit (ME)",
                "Achievement date (ILR AchDate)").doesNotContain("null", "outGrade", "2026-11-20");
        assertThat(text("history")).contains("Requested by the EPA platform of " + EPAO,
                "on the EPA platform, read back");
        submit("approve");
        assertThat(successBanner()).contains("End-point assessment outcome approved and applied");

        open("/learners/" + learner);
        assertThat(text("ilr-completion")).contains("Completed", "CompStatus 2", "1 October 2026", "LearnActEndDate",
                "Achieved", "Outcome 1", "20 November 2026", "AchDate", "Merit", "OutGrade ME");
        assertThat(browser.findElements(By.id("epa-outcome-request"))).isEmpty();
    }

    @Test
    void theApprovalsNameAnEpaOutcomeAndAChangeOfPersonalDetailsButTheFormOffersNeither() {
        epao("gateway", Map.of("gatewayDate", "2026-10-01"));
        epao("result", Map.of("grade", "PASS", "assessmentDate", "2026-11-20"));
        api.post("/api/v1/sync/read-back", Map.of()).expect(202);
        api.post("/api/v1/automations", Map.of("type", "CHANGE_OF_PERSONAL_DETAILS", "learnerId", learner,
                "effectiveDate", "2026-11-01", "details", Map.of("familyName", "Byron"))).expect(201);
        signInAs("ADMIN");

        open("/automations");
        assertThat(text("automations")).contains("End-point assessment outcome", "Change of personal details",
                "by the EPA platform of " + EPAO).doesNotContain("null", "EPA_OUTCOME", "CHANGE_OF_PERSONAL_DETAILS");
        submit(browser.findElement(By.linkText("Change of personal details")));
        assertThat(text("type-description")).contains("with evidence");
        assertThat(text("change")).contains("Family name", "Byron");
        assertThat(text("preview-deliveries")).contains("Personal details updated");

        open("/learners/" + learner + "/automations/new");
        assertThat(browser.findElements(By.cssSelector("input[name=type]"))).extracting(input -> input.getAttribute("value"))
                .containsExactly("BREAK_IN_LEARNING", "RETURN_TO_LEARNING", "WITHDRAWAL", "CHANGE_OF_PROGRAMME",
                        "CHANGE_OF_EMPLOYER", "CHANGE_OF_WORKING_CONDITIONS");
        open("/learners/" + learner + "/automations/new?type=EPA_OUTCOME");
        assertThat(heading()).contains("Request a change of circumstance");
    }

    @Test
    void TW_4_theSyncDashboardListsWhatDriftedOnThePlatformInWordsAndItsRepairPutsItBack() {
        platformAdmin.patch("/admin/organisations/" + EPAO + "/apprentices/" + apprentice,
                Map.of("familyName", "Edited")).expect(200);
        signInAs("ADMIN");
        open("/admin/sync");
        assertThat(text("no-reconciliations")).isEqualTo("No check has run yet.");

        submit("reconcile");
        assertThat(successBanner()).contains("Checking every registered learner's record on its EPA platform");
        waitUntil(() -> summary().equals("1 record checked, 1 differs."));
        assertThat(text("reconciliation-state")).isEmpty();
        List<WebElement> drifts = browser.findElements(By.cssSelector(".app-drift"));
        assertThat(drifts).singleElement().satisfies(drift -> assertThat(drift.getText()).contains("Ada Lovelace",
                EPAO, "Family name on the EPA platform is “Edited”; it should be “Lovelace”"));
        Axe.assertAccessible(browser);
        assertNoSidewaysScrollAt320();
        scrollTo("reconciliations");
        screenshot("sync-reconciliation");

        submit(browser.findElement(By.cssSelector(".app-reconciliation button")));
        assertThat(successBanner()).contains("Repair sent: 1 learner's record will be put back as LearnerSync holds it");
        assertThat(text("reconciliations")).contains("Repair sent");
        assertThat(browser.findElements(By.cssSelector(".app-reconciliation button"))).isEmpty();
        scenario.awaitSynced();
        assertThat(scenario.platformRecord(EPAO, learner)).containsEntry("familyName", "Lovelace");
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id(id)));
    }

    private String summary() {
        return browser.findElement(By.cssSelector(".app-reconciliation-summary")).getText();
    }

    private void epao(String action, Map<String, Object> body) {
        platformAdmin.post("/admin/organisations/" + EPAO + "/apprentices/" + apprentice + "/" + action, body)
                .expect(200);
    }
}
