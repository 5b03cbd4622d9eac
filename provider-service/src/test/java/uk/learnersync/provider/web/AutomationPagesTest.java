package uk.learnersync.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Process automations in a browser: a tutor requests, an approver approves after the impact preview
 * or rejects with a reason; proven on the EPA platform's record of the learner.
 */
class AutomationPagesTest extends PageTest {

    private static final String EPAO = "EPA0001";

    private String learner;

    @BeforeEach
    void aLearnerRegisteredThroughTheConnection() {
        learner = registeredLearner(EPAO);
    }

    @Test
    void CC_1_aBreakInLearningRequestedByATutorAndApprovedAfterItsPreviewSuspendsTheRecordOnTheEpaPlatform() {
        signInAs("TUTOR");
        open("/learners/" + learner);
        submit("request-change");
        assertThat(heading()).contains("Request a change of circumstance");
        screenshot("automation-choose-type");
        submit("continue");
        assertThat(errorSummary()).containsExactly("Select the change to request");
        assertThat(browser.getTitle()).startsWith("Error: ");
        click("type");
        submit("continue");
        typeDate("effectiveDate", "5", "1", "2026");
        typeDate("details.expectedReturnDate", "1", "4", "2026");
        screenshot("automation-request-break");
        submit("request");

        assertThat(successBanner()).contains("Break in learning requested");
        assertThat(text("change")).contains("5 January 2026").contains("Expected return date").contains("1 April 2026");
        assertThat(text("cannot-decide")).contains("Approver or Admin");
        assertThat(browser.findElements(By.id("approve"))).isEmpty();
        assertThat(platformRecord()).containsEntry("status", "ON_PROGRAMME");

        signInAs("APPROVER");
        open("/automations");
        assertThat(text("automations")).contains("Break in learning").contains("Ada Lovelace")
                .contains("Waiting for approval");
        screenshot("approvals-inbox");
        submit(browser.findElement(By.linkText("Break in learning")));
        assertThat(text("preview-CC-1")).contains("CC-1").contains(EPAO).contains("Will be sent");
        assertThat(text("preview-records")).contains("Status", "Active", "On break",
                "Completion status (ILR CompStatus)", "Continuing (1)", "Break in learning (6)").doesNotContain("ON_BREAK");
        assertThat(text("history")).contains("Requested by Sam Staff").contains("in LearnerSync")
                .doesNotContain("user:");
        screenshot("automation-impact-preview");
        submit("approve");

        assertThat(successBanner()).contains("Break in learning approved and applied");
        assertThat(text("history")).contains("Approved");
        scenario.awaitSynced();
        waitUntil(() -> text("delivery-state").equals("Yes: the EPA platform has it."));
        assertThat(text("delivery")).contains("Change of circumstance recorded", "CC-1", "Sent");
        Map<String, Object> record = platformRecord();
        assertThat(record).containsEntry("status", "SUSPENDED");
        assertThat(circumstances(record)).singleElement().satisfies(circumstance -> assertThat(circumstance)
                .containsEntry("type", "BREAK_IN_LEARNING").containsEntry("effectiveDate", "2026-01-05"));
        assertThat(scenario.syncLog(learner)).extracting(entry -> entry.get("ruleId")).contains("CC-1");
    }

    @Test
    void aRejectionNeedsAReasonAppliesNothingAndSendsNothing() {
        String id = requestedBreak();
        signInAs("APPROVER");
        open("/automations/" + id);

        submit("reject");
        assertThat(errorSummary()).containsExactly("Enter the reason for rejecting");
        type("reason", "The learner stays on programme <b>for now</b>");
        submit("reject");

        assertThat(successBanner()).contains("rejected: nothing was applied or sent");
        assertThat(text("history")).contains("Rejected").contains("Reason: The learner stays on programme <b>for now</b>");
        assertThat(api.get("/api/v1/automations/" + id).expect(200).body()).containsEntry("status", "REJECTED");
        scenario.awaitSynced();
        assertThat(platformRecord()).containsEntry("status", "ON_PROGRAMME");
        assertThat(circumstances(platformRecord())).isEmpty();
        assertThat(scenario.syncLog(learner)).hasSize(1);
        assertThat(api.get("/api/v1/learners/" + learner).expect(200).body()).containsEntry("status", "ACTIVE");
    }

    @Test
    void aTutorSeesWhyTheyCannotApproveAndAForgedApprovalIsRefused() {
        String id = requestedBreak();
        String email = signInAs("TUTOR");
        open("/automations/" + id);

        assertThat(browser.findElements(By.id("approve"))).isEmpty();
        assertThat(browser.findElements(By.id("reject"))).isEmpty();
        assertThat(text("cannot-decide")).contains("Only a user with the role Approver or Admin");

        PageSession session = new PageSession(port);
        session.signIn(email, PASSWORD);
        HttpResponse<String> refused = session.post("/automations/" + id + "/approve", Map.of(), true);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("may not approve or reject automations");
        assertThat(session.post("/automations/" + id + "/reject", Map.of("reason", "No"), true).statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/automations/" + id).expect(200).body()).containsEntry("status", "PENDING");
    }

    @Test
    void aReadOnlyUserCanNeitherRequestNorDecide() {
        String id = requestedBreak();
        String email = signInAs("READ_ONLY");
        open("/learners/" + learner);
        assertThat(browser.findElements(By.id("request-change"))).isEmpty();
        open("/automations/" + id);
        assertThat(browser.findElements(By.cssSelector("main form"))).isEmpty();

        PageSession session = new PageSession(port);
        session.signIn(email, PASSWORD);
        assertThat(session.post("/learners/" + learner + "/automations/BREAK_IN_LEARNING", Map.of("effectiveDate-day",
                "5", "effectiveDate-month", "1", "effectiveDate-year", "2026"), true).statusCode()).isEqualTo(403);
        assertThat(session.post("/automations/" + id + "/approve", Map.of(), true).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/automations").expect(200).items()).hasSize(1);
    }

    @Test
    void aRequestTheServiceRefusesIsShownAtItsFieldsAndNothingIsStored() {
        signInAs("TUTOR");
        open("/learners/" + learner + "/automations/new?type=WITHDRAWAL");
        typeDate("effectiveDate", "1", "8", "2025");
        submit("request");
        assertThat(errorSummary()).containsExactly("Select the reason for withdrawal");

        choose("details.withdrawReason", "Other personal reasons (44)");
        submit("request");
        assertThat(errorSummary()).containsExactly(
                "Date of the change must not be before the programme start date 1 September 2025");
        browser.findElement(By.cssSelector(".govuk-error-summary__list a")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("effectiveDate-day");
        screenshot("automation-request-errors");

        open("/learners/" + learner + "/automations/new?type=RETURN_TO_LEARNING");
        typeDate("effectiveDate", "5", "1", "2026");
        typeDate("details.plannedEndDate", "31", "2", "2027");
        submit("request");
        assertThat(errorSummary()).containsExactly("New planned end date must be a real date");
        typeDate("details.plannedEndDate", "28", "2", "2027");
        submit("request");
        assertThat(errorSummary()).containsExactly(
                "A return to learning ends a break: it is only for a learner who is on break; the learner is active");

        assertThat(api.get("/api/v1/automations").expect(200).items()).isEmpty();
    }

    @Test
    void aWithdrawalIsRequestedWithItsIlrReason() {
        signInAs("TUTOR");
        open("/learners/" + learner + "/automations/new?type=WITHDRAWAL");
        typeDate("effectiveDate", "5", "1", "2026");
        choose("details.withdrawReason", "Other personal reasons (44)");
        submit("request");

        assertThat(text("change")).contains("Reason for withdrawal").contains("Other personal reasons");
        assertThat(api.get("/api/v1/automations").expect(200).items()).singleElement()
                .satisfies(automation -> assertThat(automation).containsEntry("type", "WITHDRAWAL")
                        .containsEntry("details", Map.of("withdrawReason", 44)));
    }

    @Test
    void withMakerCheckerOnTheRequesterIsNotOfferedApprovalAndAForgedApprovalIsRefusedInPlainWords() {
        String email = signInAs("ADMIN");
        open("/admin/approvals");
        click("makerChecker");
        submit("save-approvals");
        assertThat(successBanner()).contains("Maker-checker is on");
        assertThat(api.get("/api/v1/automations/settings").expect(200).body()).containsEntry("makerChecker", true);

        open("/learners/" + learner + "/automations/new?type=BREAK_IN_LEARNING");
        typeDate("effectiveDate", "5", "1", "2026");
        submit("request");

        assertThat(browser.findElements(By.id("approve"))).isEmpty();
        assertThat(text("own-request")).contains("You requested this change, so another approver must approve it");
        assertThat(browser.findElements(By.id("reject"))).hasSize(1);
        open("/");
        assertThat(text("awaiting-approval")).isEqualTo("No request waits for your approval.");

        String id = api.get("/api/v1/automations").expect(200).items().get(0).get("id").toString();
        PageSession session = new PageSession(port);
        session.signIn(email, PASSWORD);
        HttpResponse<String> refused = session.post("/automations/" + id + "/approve", Map.of(), true);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("You requested this change, so you cannot approve it: maker-checker is on")
                .doesNotContain("user:", "<title>Break");
        assertThat(api.get("/api/v1/automations").expect(200).items()).singleElement()
                .satisfies(automation -> assertThat(automation).containsEntry("status", "PENDING"));

        signInAs("APPROVER");
        assertThat(text("awaiting-approval")).isEqualTo("1 request waits for your approval");
        submit(browser.findElement(By.linkText("1 request waits for your approval")));
        submit(browser.findElement(By.linkText("Break in learning")));
        submit("approve");
        assertThat(successBanner()).contains("Break in learning approved and applied");
    }

    @Test
    void theInboxListsWaitingRequestsFirstAndFiltersByStatus() {
        String rejected = requestedBreak();
        api.post("/api/v1/automations/" + rejected + "/reject", Map.of("reason", "Not now")).expect(200);
        requestedBreak();
        signInAs("TUTOR");
        open("/automations");

        List<String> statuses = browser.findElements(By.cssSelector("#automations tbody tr")).stream()
                .map(row -> row.getAttribute("data-status")).toList();
        assertThat(statuses).containsExactly("PENDING", "REJECTED");

        open("/automations?status=REJECTED");
        assertThat(browser.findElements(By.cssSelector("#automations tbody tr"))).singleElement()
                .satisfies(row -> assertThat(row.getText()).contains("Rejected"));
    }

    private String requestedBreak() {
        return api.post("/api/v1/automations", Map.of("type", "BREAK_IN_LEARNING", "learnerId", learner,
                "effectiveDate", "2026-01-05", "details", Map.of())).expect(201).id();
    }

    private Map<String, Object> platformRecord() {
        return scenario.platformRecord(EPAO, learner);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> circumstances(Map<String, Object> record) {
        return (List<Map<String, Object>>) record.get("circumstances");
    }
}
