package uk.learnersync.provider.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.EndToEndTest;

/**
 * What the EPAO records on its platform comes back (RULES.md, Two-way): the EPAO's staff act through the
 * platform's operator API, the provider reads back, and the assertions read what each side shows.
 */
class TwoWayTest extends EndToEndTest {

    private static final String EPAO = "EPA0014";

    private String connection;
    private String learner;
    private String apprentice;

    @BeforeEach
    void aRegisteredLearner() {
        connection = scenario.connectTo(EPAO);
        String programme = scenario.programme(EPAO, "Data", "Web");
        Map<String, String> employer = scenario.employer("Acme Ltd", "LS1 4AP");
        learner = scenario.learner(programme, Map.of("employerId", employer.get("id"),
                "employerAddressId", employer.get("addressId"), "managerId", scenario.manager(employer.get("id"), "Max"),
                "caseOwnerId", scenario.caseOwner("Tess")));
        scenario.register(learner);
        scenario.awaitSynced();
        apprentice = (String) registration().get("apprenticeId");
    }

    @Test
    void TW_1_aGatewayConfirmedOnThePlatformShowsOnTheLearnerAndALockedChangeEndsRefusedWithoutHoldingTheNext() {
        epao("gateway", Map.of("gatewayDate", "2026-10-01"));

        readBack();

        assertThat(epa()).containsEntry("gatewayDate", "2026-10-01").containsEntry("platformStatus", "ON_PROGRAMME");
        api.patch("/api/v1/learners/" + learner + "/programme", Map.of("option", "Data")).expect(200);
        api.patch("/api/v1/learners/" + learner, Map.of("familyName", "Byron")).expect(200);
        scenario.awaitSynced();
        List<Map<String, Object>> log = scenario.syncLog(learner);
        assertThat(log.get(1)).containsEntry("ruleId", "PC-5").containsEntry("status", "REFUSED");
        assertThat((String) log.get(1).get("reason")).contains("LOCKED_AFTER_GATEWAY");
        assertThat(log.get(2)).containsEntry("ruleId", "PD-4").containsEntry("status", "DELIVERED");
        Map<String, Object> record = scenario.platformRecord(EPAO, learner);
        assertThat(record).containsEntry("familyName", "Byron");
        assertThat(scenario.status()).containsEntry("blocked", 0).containsEntry("refused", 1);
    }

    @Test
    void TW_1_theScheduledReadBackBringsTheGatewayWithinTheIntervalWithoutAnyoneAsking() {
        epao("gateway", Map.of("gatewayDate", "2026-10-01"));

        // The tests run the read-back every 10 seconds (ProviderServiceTest); allow two intervals.
        await().atMost(Duration.ofSeconds(25)).untilAsserted(() ->
                assertThat(epa()).containsEntry("gatewayDate", "2026-10-01"));
    }

    @Test
    void TW_2_aResultOnThePlatformShowsOnTheLearnerAndRaisesOneEpaOutcomeThatApprovingAppliesToTheIlr() {
        epao("gateway", Map.of("gatewayDate", "2026-10-01"));
        epao("result", Map.of("grade", "MERIT", "assessmentDate", "2026-11-20"));

        readBack();
        readBack();

        assertThat(epa()).containsEntry("grade", "MERIT").containsEntry("assessmentDate", "2026-11-20")
                .containsEntry("platformStatus", "COMPLETED");
        List<Map<String, Object>> pending = api.get("/api/v1/automations?learnerId=" + learner + "&status=PENDING")
                .expect(200).items();
        assertThat(pending).as("one EPA outcome per result, however often it is read").singleElement()
                .satisfies(automation -> assertThat(automation).containsEntry("type", "EPA_OUTCOME")
                        .containsEntry("details", Map.of("grade", "MERIT", "assessmentDate", "2026-11-20",
                                "compStatus", 2, "learnActEndDate", "2026-10-01", "outcome", 1,
                                "achievementDate", "2026-11-20", "outGrade", "ME")));
        assertThat(learnerRecord()).as("nothing in the ILR changes without a person").containsEntry("status", "ACTIVE")
                .containsEntry("outcome", null);

        api.post("/api/v1/automations/" + pending.get(0).get("id") + "/approve", Map.of()).expect(200);

        assertThat(learnerRecord()).containsEntry("status", "COMPLETED").containsEntry("compStatus", 2)
                .containsEntry("learnActEndDate", "2026-10-01").containsEntry("outcome", 1)
                .containsEntry("achievementDate", "2026-11-20").containsEntry("outGrade", "ME");
        String export = api.get("/api/v1/ilr/export?year=2627").expect(200).text();
        assertThat(export).contains("<Outcome>1</Outcome>").contains("<AchDate>2026-11-20</AchDate>")
                .contains("<OutGrade>ME</OutGrade>");
        api.post("/api/v1/automations", Map.of("type", "EPA_OUTCOME", "learnerId", learner,
                "effectiveDate", "2026-11-20", "details", Map.of())).expect(400);
    }

    @Test
    void TW_2_aRejectedEpaOutcomeLeavesTheIlrAsItWas() {
        epao("gateway", Map.of("gatewayDate", "2026-10-01"));
        epao("result", Map.of("grade", "FAIL", "assessmentDate", "2026-11-20"));
        readBack();
        Map<String, Object> outcome = api.get("/api/v1/automations?learnerId=" + learner + "&status=PENDING")
                .expect(200).items().get(0);
        assertThat(outcome).extractingByKey("details").asString().contains("outcome=3").contains("outGrade=FL");

        api.post("/api/v1/automations/" + outcome.get("id") + "/reject", Map.of("reason", "A resit is booked"))
                .expect(200);

        assertThat(learnerRecord()).containsEntry("status", "ACTIVE").containsEntry("outcome", null);
        assertThat(epa()).containsEntry("grade", "FAIL").containsEntry("platformStatus", "RETAKE_REVIEW");
    }

    @Test
    void TW_3_aWithdrawalOnThePlatformShowsOnTheLearnerAndNothingTheProviderSendsUndoesIt() {
        epao("withdraw", Map.of("reason", "The apprentice left the employer"));
        readBack();

        assertThat(epa()).containsEntry("platformStatus", "WITHDRAWN");
        String breakInLearning = api.post("/api/v1/automations", Map.of("type", "BREAK_IN_LEARNING", "learnerId",
                learner, "effectiveDate", "2026-01-05", "details", Map.of())).expect(201).id();
        api.post("/api/v1/automations/" + breakInLearning + "/approve", Map.of()).expect(200);
        api.patch("/api/v1/learners/" + learner, Map.of("familyName", "Byron")).expect(200);
        scenario.awaitSynced();

        Map<String, Object> record = scenario.platformRecord(EPAO, learner);
        assertThat(record).containsEntry("status", "WITHDRAWN").containsEntry("familyName", "Byron");
        assertThat(scenario.syncLog(learner)).extracting(entry -> entry.get("ruleId") + " " + entry.get("status"))
                .containsExactly("RG-1 DELIVERED", "CV-4 SKIPPED", "PD-4 DELIVERED");
    }

    @Test
    void TW_3_aConnectionTheEpaoRevokedShowsRefusedAndItsChangesWait() {
        platformAdmin.delete("/admin/organisations/" + EPAO + "/connections/" + platformConnection()).expect(204);

        api.patch("/api/v1/learners/" + learner, Map.of("familyName", "Byron")).expect(200);
        scenario.awaitStatus("waiting", 1);

        assertThat(api.get("/api/v1/epa-connections/" + connection).expect(200).body())
                .containsEntry("state", "REFUSED");
        assertThat(scenario.status()).containsEntry("blocked", 0);
    }

    @Test
    void TW_4_aReconciliationListsWhatWasEditedOnThePlatformAndItsRepairPutsItBack() {
        platformAdmin.patch("/admin/organisations/" + EPAO + "/apprentices/" + apprentice,
                Map.of("familyName", "Edited")).expect(200);

        Map<String, Object> reconciliation = reconcile();

        assertThat(reconciliation).containsEntry("status", "DONE").containsEntry("checked", 1)
                .containsEntry("drifted", 1);
        assertThat(differences(reconciliation)).singleElement().satisfies(difference -> assertThat(difference)
                .containsEntry("learnerId", learner).containsEntry("epaoId", EPAO)
                .containsEntry("field", "learner.familyName").containsEntry("expected", "Lovelace")
                .containsEntry("actual", "Edited"));

        api.post("/api/v1/sync/reconciliations/" + reconciliation.get("id") + "/repair", Map.of()).expect(202);
        scenario.awaitSynced();

        assertThat(scenario.platformRecord(EPAO, learner)).containsEntry("familyName", "Lovelace");
        assertThat(scenario.syncLog(learner)).last().satisfies(entry -> assertThat(entry)
                .containsEntry("ruleId", "TW-4").containsEntry("channel", "RECONCILIATION")
                .containsEntry("action", "UPDATE_LEARNER_DETAILS").containsEntry("status", "DELIVERED"));
        api.post("/api/v1/sync/reconciliations/" + reconciliation.get("id") + "/repair", Map.of()).expect(409);
        Map<String, Object> again = reconcile();
        assertThat(differences(again)).as("nothing drifts any more").isEmpty();
        assertThat(api.get("/api/v1/sync/reconciliations").expect(200).items())
                .as("newest first").extracting(item -> item.get("id"))
                .containsExactly(again.get("id"), reconciliation.get("id"));
    }

    private Map<String, Object> reconcile() {
        String id = api.post("/api/v1/sync/reconciliations", Map.of()).expect(202).id();
        await().atMost(Duration.ofSeconds(30)).until(() -> !"RUNNING".equals(
                api.get("/api/v1/sync/reconciliations/" + id).expect(200).body().get("status")));
        return api.get("/api/v1/sync/reconciliations/" + id).expect(200).body();
    }

    private void epao(String action, Map<String, Object> body) {
        platformAdmin.post("/admin/organisations/" + EPAO + "/apprentices/" + apprentice + "/" + action, body)
                .expect(200);
    }

    private void readBack() {
        api.post("/api/v1/sync/read-back", Map.of()).expect(202);
    }

    private String platformConnection() {
        return (String) platformAdmin.get("/admin/organisations/" + EPAO + "/connections").expect(200).items().stream()
                .filter(item -> ukprn.equals(item.get("providerUkprn"))).findFirst().orElseThrow().get("connectionId");
    }

    private Map<String, Object> learnerRecord() {
        return api.get("/api/v1/learners/" + learner).expect(200).body();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> epa() {
        return (Map<String, Object>) learnerRecord().get("epa");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> registration() {
        return (Map<String, Object>) learnerRecord().get("epaRegistration");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> differences(Map<String, Object> reconciliation) {
        return (List<Map<String, Object>>) reconciliation.get("differences");
    }
}
