package uk.learnersync.provider.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.EndToEndTest;

/**
 * The sequences a provider's staff really make, while platforms fail and connections and programmes
 * change under the learners (RULES.md, Convergence), each ending on the EPA platform's own records
 * where the rules say. Faults are this provider's only, so these tests run beside any other.
 */
class ConvergenceTest extends EndToEndTest {

    private static final String EPAO = "EPA0011";
    private static final String OTHER_EPAO = "EPA0012";
    private static final String UNCONNECTED_EPAO = "EPA0013";

    private String connection;
    private String programme;
    private Map<String, String> employer;
    private String manager;
    private String learner;

    @BeforeEach
    void aRegisteredLearner() {
        connection = scenario.connectTo(EPAO);
        scenario.connectTo(OTHER_EPAO);
        programme = scenario.programme(EPAO, "Data", "Web");
        employer = scenario.employer("Acme Ltd", "LS1 4AP");
        manager = scenario.manager(employer.get("id"), "Max");
        learner = newLearner();
        scenario.register(learner);
        scenario.awaitSynced();
    }

    @AfterEach
    void platformBackToNormal() {
        scenario.fault("NONE");
    }

    private String newLearner() {
        return scenario.learner(programme, Map.of("employerId", employer.get("id"),
                "employerAddressId", employer.get("addressId"), "managerId", manager,
                "caseOwnerId", scenario.caseOwner("Tess")));
    }

    @Test
    void CV_1_aChangeQueuedWhileThePlatformIsDownThenAMoveEndsWithTheOldRecordWithdrawnAndTheNewOneCurrent() {
        scenario.fault("DOWN");
        api.patch("/api/v1/learners/" + learner, Map.of("familyName", "Byron")).expect(200);
        api.patch("/api/v1/learners/" + learner + "/programme", Map.of("epaoId", OTHER_EPAO)).expect(200);
        scenario.awaitStatus("retrying", 1);

        scenario.fault("NONE");
        scenario.awaitSynced();

        Map<String, Object> old = scenario.platformRecord(EPAO, learner);
        assertThat(old).containsEntry("status", "WITHDRAWN").containsEntry("familyName", "Byron");
        assertThat(circumstanceTypes(old)).containsExactly("TRANSFER_TO_ANOTHER_EPAO");
        assertThat(scenario.platformRecord(OTHER_EPAO, learner)).containsEntry("status", "ON_PROGRAMME")
                .containsEntry("familyName", "Byron");
        assertThat(scenario.status()).containsEntry("blocked", 0).containsEntry("pending", 0);
        assertThat(scenario.syncLog(learner)).extracting(entry -> entry.get("ruleId") + " " + entry.get("status"))
                .containsExactly("RG-1 DELIVERED", "PD-4 DELIVERED", "PC-3 DELIVERED", "RG-1 DELIVERED");
    }

    @Test
    void CV_2_aTokenThePlatformRefusesHoldsItsConnectionNotItsLearnersAndReplacingItSendsWhatWaited() {
        api.put("/api/v1/epa-connections/" + connection + "/token", Map.of("apiToken", "not-the-token")).expect(200);
        api.patch("/api/v1/learners/" + learner, Map.of("familyName", "Byron")).expect(200);
        awaitConnectionState("REFUSED");

        scenario.awaitStatus("waiting", 1);
        assertThat(scenario.status()).containsEntry("blocked", 0);
        assertThat(scenario.syncLog(learner).get(1)).containsEntry("status", "PENDING");
        assertThat(scenario.platformRecord(EPAO, learner)).containsEntry("familyName", "Lovelace");

        Map<String, Object> replaced = api.put("/api/v1/epa-connections/" + connection + "/token",
                Map.of("apiToken", scenario.platformToken(EPAO))).expect(200).body();
        scenario.awaitSynced();

        assertThat(replaced).containsEntry("state", "OK").doesNotContainKey("apiToken");
        assertThat(scenario.platformRecord(EPAO, learner)).containsEntry("familyName", "Byron");
        assertThat(scenario.platformRecords(EPAO, learner)).as("the registration stayed: no second record").hasSize(1);
        assertThat(api.get("/api/v1/epa-connections/" + connection).expect(200).body()).containsEntry("state", "OK");
    }

    @Test
    void CV_2_aConnectionThatLearnersAreRegisteredThroughCannotBeRemoved() {
        Map<String, Object> refusal = api.delete("/api/v1/epa-connections/" + connection).expect(409).body();

        assertThat((String) refusal.get("detail")).contains("1 learner is registered through it");
        api.get("/api/v1/epa-connections/" + connection).expect(200);
    }

    @Test
    void CV_3_aBlockedChangeSkippedWithAReasonLetsTheLearnersLaterChangesFlowAndIsAudited() {
        scenario.fault("REJECT");
        api.patch("/api/v1/learners/" + learner, Map.of("familyName", "Byron")).expect(200);
        scenario.awaitStatus("blocked", 1);
        scenario.fault("NONE");
        approve(automation("WITHDRAWAL", Map.of("withdrawReason", 3)));
        String blocked = (String) scenario.syncLog(learner).get(1).get("id");
        assertThat(scenario.syncLog(learner).get(2)).as("the withdrawal waits behind the blocked change")
                .containsEntry("status", "PENDING");

        api.post("/api/v1/sync/tasks/" + blocked + "/skip", Map.of()).expect(400);
        Map<String, Object> skipped = api.post("/api/v1/sync/tasks/" + blocked + "/skip",
                Map.of("reason", "The EPAO corrected the name on its platform")).expect(200).body();
        scenario.awaitSynced();

        assertThat(skipped).containsEntry("status", "SKIPPED")
                .containsEntry("reason", "The EPAO corrected the name on its platform");
        assertThat(scenario.platformRecord(EPAO, learner)).containsEntry("status", "WITHDRAWN")
                .containsEntry("familyName", "Lovelace");
        assertThat(scenario.syncLog(learner)).extracting(entry -> entry.get("ruleId") + " " + entry.get("status"))
                .containsExactly("RG-1 DELIVERED", "PD-4 SKIPPED", "CC-3 DELIVERED");
        assertThat(api.get("/api/v1/learners/" + learner + "/audit").expect(200).items())
                .anySatisfy(entry -> assertThat(entry).containsEntry("record", "sync-task")
                        .extractingByKey("after").asString().contains("The EPAO corrected the name on its platform"));
        api.post("/api/v1/sync/tasks/" + blocked + "/skip", Map.of("reason", "again")).expect(409);
        api.post("/api/v1/sync/tasks/" + blocked + "/retry", Map.of()).expect(409);
    }

    @Test
    void PC_1_movingToAnEpaoWithoutAConnectionWithdrawsTheOldRecordThenRegistersTheLearnerManually() {
        String unconnected = scenario.programme(UNCONNECTED_EPAO);

        Map<String, Object> moved = api.patch("/api/v1/learners/" + learner + "/programme",
                Map.of("programmeId", unconnected)).expect(200).body();
        scenario.awaitSynced();

        assertThat(registration(moved)).containsEntry("mode", "MANUAL").containsEntry("epaoId", UNCONNECTED_EPAO);
        Map<String, Object> old = scenario.platformRecord(EPAO, learner);
        assertThat(old).containsEntry("status", "WITHDRAWN");
        assertThat(circumstanceTypes(old)).containsExactly("TRANSFER_TO_ANOTHER_EPAO");
        assertThat(scenario.syncLog(learner)).extracting(entry -> entry.get("ruleId") + " " + entry.get("status"))
                .containsExactly("RG-1 DELIVERED", "PC-1 DELIVERED");
    }

    @Test
    void CV_4_aLearnerOnABreakIsRegisteredSuspendedNeverOnProgramme() {
        String onBreak = newLearner();
        api.post("/api/v1/learners/" + onBreak + "/circumstances", Map.of("type", "BREAK_IN_LEARNING",
                "effectiveDate", "2026-01-05")).expect(201);

        scenario.register(onBreak);
        scenario.awaitSynced();

        assertThat(scenario.platformRecord(EPAO, onBreak)).containsEntry("status", "SUSPENDED");
    }

    @Test
    void CV_4_aWithdrawnLearnersProgrammeOrEpaoChangeRestartsNothing() {
        approve(automation("WITHDRAWAL", Map.of("withdrawReason", 3)));
        scenario.awaitSynced();

        api.patch("/api/v1/learners/" + learner + "/programme", Map.of("option", "Data")).expect(200);
        api.patch("/api/v1/learners/" + learner + "/programme", Map.of("epaoId", OTHER_EPAO)).expect(200);
        scenario.awaitSynced();

        Map<String, Object> old = scenario.platformRecord(EPAO, learner);
        assertThat(old).containsEntry("status", "WITHDRAWN");
        assertThat(programmes(old)).as("no programme was started").hasSize(1);
        assertThat(circumstanceTypes(old)).containsExactly("WITHDRAWAL");
        assertThat(scenario.platformRecord(OTHER_EPAO, learner)).as("the new EPAO learns of a withdrawn learner")
                .containsEntry("status", "WITHDRAWN");
        assertThat(scenario.syncLog(learner)).extracting(entry -> entry.get("ruleId") + " " + entry.get("status"))
                .containsExactly("RG-1 DELIVERED", "CC-3 DELIVERED", "CV-4 SKIPPED", "RG-1 DELIVERED");
    }

    @Test
    void CV_5_aProgrammesNewEpaoMovesItsLearnersButNotOneWhoseEpaoWasSetForThemAlone() {
        String ownEpao = newLearner();
        api.patch("/api/v1/learners/" + ownEpao + "/programme", Map.of("epaoId", UNCONNECTED_EPAO)).expect(200);
        api.post("/api/v1/learners/" + ownEpao + "/epa-registration", Map.of("mode", "MANUAL")).expect(201);

        api.patch("/api/v1/programmes/" + programme, Map.of("epaoId", OTHER_EPAO)).expect(200);
        scenario.awaitSynced();

        assertThat(scenario.platformRecord(EPAO, learner)).containsEntry("status", "WITHDRAWN");
        assertThat(scenario.platformRecord(OTHER_EPAO, learner)).containsEntry("status", "ON_PROGRAMME");
        assertThat(registration(api.get("/api/v1/learners/" + learner).expect(200).body()))
                .containsEntry("mode", "CONNECTED").containsEntry("epaoId", OTHER_EPAO);
        assertThat(programme(api.get("/api/v1/learners/" + ownEpao).expect(200).body()))
                .containsEntry("epaoId", UNCONNECTED_EPAO);
    }

    @Test
    void CV_5_aProgrammesNewStandardVersionReachesEveryLearnerOnIt() {
        String second = newLearner();
        scenario.register(second);

        api.patch("/api/v1/programmes/" + programme, Map.of("standardVersion", "1.1")).expect(200);
        scenario.awaitSynced();

        for (String each : List.of(learner, second)) {
            assertThat(programmes(scenario.platformRecord(EPAO, each))).singleElement()
                    .satisfies(active -> assertThat(active).containsEntry("standardVersion", "1.1")
                            .containsEntry("status", "ACTIVE"));
            assertThat(scenario.syncLog(each)).extracting(entry -> entry.get("ruleId")).contains("CV-5");
        }
    }

    @Test
    void ILR_3_anApprovedChangeOfPersonalDetailsReachesThePlatformAndARejectedOneDoesNot() {
        approve(automation("CHANGE_OF_PERSONAL_DETAILS", Map.of("familyName", "Byron", "sex", "M")));
        String rejected = automation("CHANGE_OF_PERSONAL_DETAILS", Map.of("givenNames", "Augusta"));
        api.post("/api/v1/automations/" + rejected + "/reject", Map.of("reason", "No evidence")).expect(200);
        scenario.awaitSynced();

        assertThat(scenario.platformRecord(EPAO, learner)).containsEntry("familyName", "Byron")
                .containsEntry("sex", "M").containsEntry("givenNames", "Ada");
        assertThat(scenario.syncLog(learner).get(1)).containsEntry("ruleId", "ILR-3")
                .containsEntry("channel", "AUTOMATION").containsEntry("status", "DELIVERED");
    }

    @Test
    void EM_4_aManualChangeOfEmployerIsSyncedUnderEm4AndItsManagerIsNot() {
        Map<String, String> newEmployer = scenario.employer("Babbage & Co", "M1 1AE");
        String newManager = scenario.manager(newEmployer.get("id"), "Charles");

        api.post("/api/v1/learners/" + learner + "/circumstances", Map.of("type", "CHANGE_OF_EMPLOYER",
                "effectiveDate", "2026-01-05", "details", Map.of("employerId", newEmployer.get("id"),
                        "employerAddressId", newEmployer.get("addressId"), "managerId", newManager))).expect(201);
        scenario.awaitSynced();

        Map<String, Object> record = scenario.platformRecord(EPAO, learner);
        assertThat(record).extractingByKey("employer").asString().contains("Babbage & Co").contains("M1 1AE");
        assertThat(record).extractingByKey("employerContact").asString().contains("Max")
                .doesNotContain("Charles");
        assertThat(scenario.syncLog(learner)).extracting(entry -> entry.get("ruleId") + " " + entry.get("channel"))
                .containsExactly("RG-1 API", "EM-4 MANUAL");
    }

    @Test
    void RG_1_aRegisteredLearnersWorkplaceCannotBeClearedSoThePlatformNeverRefusesTheRecord() {
        Map<String, String> errors = api.patch("/api/v1/learners/" + learner,
                new HashMap<>(Map.of("employerAddressId", ""))).expect(400).fieldErrors();

        assertThat(errors).containsKey("employerAddressId");
        assertThat(api.get("/api/v1/learners/" + learner).expect(200).body())
                .containsEntry("employerAddressId", employer.get("addressId"));
        assertThat(scenario.syncLog(learner)).hasSize(1);
    }

    /**
     * Issue 11's reproduction: 60 random name changes and EPAO moves among 12 learners with 30 % of the
     * platform's calls failing. When the errors stop, every learner is on its current EPAO's record
     * with its last name, every record it left is withdrawn, and nothing is blocked or pending.
     */
    @Test
    void CV_7_sixtyNameChangesAndMovesAmongTwelveLearnersUnderThirtyPercentErrorsAllArrive() {
        List<String> learners = new ArrayList<>(List.of(learner));
        while (learners.size() < 12) {
            String next = newLearner();
            scenario.register(next);
            learners.add(next);
        }
        Map<String, String> names = new HashMap<>();
        Map<String, String> epaos = new HashMap<>();
        learners.forEach(each -> epaos.put(each, EPAO));
        scenario.fault("ERRORS", Map.of("errorRate", 0.3));
        Random random = new Random(11);
        for (int i = 0; i < 60; i++) {
            String each = learners.get(random.nextInt(learners.size()));
            if (random.nextBoolean()) {
                String name = "Name" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
                api.patch("/api/v1/learners/" + each, Map.of("familyName", name)).expect(200);
                names.put(each, name);
            } else {
                String to = epaos.get(each).equals(EPAO) ? OTHER_EPAO : EPAO;
                api.patch("/api/v1/learners/" + each + "/programme", Map.of("epaoId", to)).expect(200);
                epaos.put(each, to);
            }
        }
        scenario.fault("NONE");
        scenario.awaitSynced();

        assertThat(scenario.status()).containsEntry("blocked", 0).containsEntry("pending", 0)
                .containsEntry("retrying", 0);
        for (String each : learners) {
            String current = epaos.get(each);
            List<Map<String, Object>> records = new ArrayList<>(scenario.platformRecords(EPAO, each));
            records.addAll(scenario.platformRecords(OTHER_EPAO, each));
            assertThat(records).filteredOn(record -> "ON_PROGRAMME".equals(record.get("status")))
                    .as("learner %s has one live record, at %s", each, current).singleElement()
                    .satisfies(live -> assertThat(scenario.platformRecords(current, each)).contains(live))
                    .satisfies(live -> assertThat(live).containsEntry("familyName",
                            names.getOrDefault(each, "Lovelace")));
            assertThat(records).filteredOn(record -> !"ON_PROGRAMME".equals(record.get("status")))
                    .allSatisfy(left -> assertThat(left).containsEntry("status", "WITHDRAWN"));
        }
    }

    private String automation(String type, Map<String, Object> details) {
        return api.post("/api/v1/automations", Map.of("type", type, "learnerId", learner,
                "effectiveDate", "2026-01-05", "details", details)).expect(201).id();
    }

    private void approve(String automation) {
        api.post("/api/v1/automations/" + automation + "/approve", Map.of()).expect(200);
    }

    private void awaitConnectionState(String state) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/v1/epa-connections/" + connection).expect(200).body()).containsEntry("state", state));
    }

    @SuppressWarnings("unchecked")
    private static List<String> circumstanceTypes(Map<String, Object> record) {
        return ((List<Map<String, Object>>) record.get("circumstances")).stream()
                .map(circumstance -> (String) circumstance.get("type"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> programmes(Map<String, Object> record) {
        return (List<Map<String, Object>>) record.get("programmes");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> registration(Map<String, Object> learner) {
        return (Map<String, Object>) learner.get("epaRegistration");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> programme(Map<String, Object> learner) {
        return (Map<String, Object>) learner.get("programme");
    }
}
