package uk.learnersync.provider.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.EndToEndTest;

/**
 * The rules that approving a process automation triggers, and moves between programmes and EPAOs,
 * proven on the EPA platforms' records.
 */
class AutomationSyncTest extends EndToEndTest {

    private static final String EPAO = "EPA0007";
    private static final String OTHER_EPAO = "EPA0008";

    private String programme;
    private Map<String, String> employer;
    private String learner;

    @BeforeEach
    void learnerRegisteredThroughAConnection() {
        scenario.connectTo(EPAO);
        programme = scenario.programme(EPAO);
        employer = scenario.employer("Acme Ltd", "LS1 4AP");
        learner = scenario.learner(programme, Map.of("employerId", employer.get("id"),
                "employerAddressId", employer.get("addressId"), "managerId", scenario.manager(employer.get("id"), "Mona")));
        scenario.register(learner);
        scenario.awaitSynced();
    }

    private void approve(String type, String effectiveDate, Map<String, Object> details) {
        String automation = api.post("/api/v1/automations", Map.of("type", type, "learnerId", learner,
                "effectiveDate", effectiveDate, "details", details)).expect(201).id();
        api.post("/api/v1/automations/" + automation + "/approve", Map.of()).expect(200);
        scenario.awaitSynced();
    }

    private String dataAnalystProgramme(String epaoId, String... options) {
        return api.post("/api/v1/programmes", Map.of("name", "Data analyst " + epaoId, "standardCode", 80,
                "standardReference", "ST0118", "standardVersion", "1.1", "options", List.of(options),
                "epaoId", epaoId)).expect(201).id();
    }

    private Map<String, Object> record() {
        return scenario.platformRecord(EPAO, learner);
    }

    private List<Object> ruleIds() {
        return scenario.syncLog(learner).stream().map(entry -> entry.get("ruleId")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> record, String name) {
        return (List<Map<String, Object>>) record.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> record, String name) {
        return (Map<String, Object>) record.get(name);
    }

    @Test
    void CC_1_anApprovedBreakInLearningSuspendsTheRecordFromThatDate() {
        approve("BREAK_IN_LEARNING", "2026-01-12", Map.of("expectedReturnDate", "2026-04-01"));

        Map<String, Object> record = record();
        assertThat(record).containsEntry("status", "SUSPENDED");
        assertThat(list(record, "circumstances")).singleElement().satisfies(circumstance -> {
            assertThat(circumstance).containsEntry("type", "BREAK_IN_LEARNING").containsEntry("effectiveDate", "2026-01-12");
            assertThat(map(circumstance, "detail")).containsEntry("expectedReturnDate", "2026-04-01");
        });
        assertThat(ruleIds()).containsExactly("RG-1", "CC-1");
    }

    @Test
    void CC_2_anApprovedReturnToLearningPutsTheRecordBackOnProgrammeWithTheNewPlannedEndDate() {
        approve("BREAK_IN_LEARNING", "2026-01-12", Map.of());
        approve("RETURN_TO_LEARNING", "2026-04-01", Map.of("plannedEndDate", "2027-06-30"));

        Map<String, Object> record = record();
        assertThat(record).containsEntry("status", "ON_PROGRAMME");
        assertThat(list(record, "circumstances")).extracting(c -> c.get("type"))
                .containsExactly("BREAK_IN_LEARNING", "RETURN_TO_LEARNING");
        assertThat(list(record, "programmes").get(0)).containsEntry("plannedEndDate", "2027-06-30");
        assertThat(ruleIds()).containsExactly("RG-1", "CC-1", "CC-2");
    }

    @Test
    void ILR_3_ilrDetailsChangedByAnApprovedAutomationReachTheEpaPlatform() {
        approve("BREAK_IN_LEARNING", "2026-01-12", Map.of());
        approve("RETURN_TO_LEARNING", "2026-04-01", Map.of("plannedEndDate", "2027-07-31"));

        Map<String, Object> ilr = api.get("/api/v1/learners/" + learner).expect(200).body();
        assertThat(ilr).containsEntry("compStatus", 1);
        assertThat(map(ilr, "programme")).containsEntry("plannedEndDate", "2027-07-31");
        assertThat(list(record(), "programmes").get(0)).containsEntry("plannedEndDate", "2027-07-31");
    }

    @Test
    void CC_3_anApprovedWithdrawalIsRecordedWithItsIlrWithdrawReason() {
        approve("WITHDRAWAL", "2026-02-02", Map.of("withdrawReason", 44));

        Map<String, Object> record = record();
        assertThat(record).containsEntry("status", "WITHDRAWN");
        assertThat(map(list(record, "circumstances").get(0), "detail")).containsEntry("withdrawReason", 44);
        assertThat(api.get("/api/v1/learners/" + learner).body()).containsEntry("compStatus", 3)
                .containsEntry("withdrawReason", 44);
        assertThat(ruleIds()).containsExactly("RG-1", "CC-3");
    }

    @Test
    void CC_4_PC_4_anApprovedChangeOfProgrammeWithTheSameEpaoStopsTheOldAndStartsTheNew() {
        String dataAnalyst = dataAnalystProgramme(EPAO);

        approve("CHANGE_OF_PROGRAMME", "2026-03-02", Map.of("programmeId", dataAnalyst,
                "startDate", "2026-03-02", "plannedEndDate", "2027-09-30"));

        Map<String, Object> record = record();
        assertThat(record).containsEntry("status", "ON_PROGRAMME");
        assertThat(list(record, "circumstances")).singleElement()
                .satisfies(circumstance -> assertThat(circumstance).containsEntry("type", "CHANGE_OF_PROGRAMME"));
        assertThat(list(record, "programmes")).extracting(p -> p.get("standardReference") + " " + p.get("status"))
                .containsExactly("ST0116 STOPPED", "ST0118 ACTIVE");
        assertThat(ruleIds()).containsExactly("RG-1", "CC-4", "PC-4");
    }

    @Test
    void PC_5_aChangeOfSpecialismOnTheSameEpaoStopsTheOldAndStartsTheNew() {
        String withOptions = dataAnalystProgramme(EPAO, "Back end", "Front end");
        approve("CHANGE_OF_PROGRAMME", "2026-03-02", Map.of("programmeId", withOptions, "option", "Back end",
                "startDate", "2026-03-02", "plannedEndDate", "2027-09-30"));

        api.patch("/api/v1/learners/" + learner + "/programme", Map.of("option", "Front end")).expect(200);
        scenario.awaitSynced();

        assertThat(list(record(), "programmes")).extracting(p -> p.get("standardReference") + " " + p.get("option") + " " + p.get("status"))
                .containsExactly("ST0116 null STOPPED", "ST0118 Back end STOPPED", "ST0118 Front end ACTIVE");
        assertThat(ruleIds()).containsExactly("RG-1", "CC-4", "PC-4", "PC-5");
    }

    @Test
    void PC_3_CC_4_aChangeOfProgrammeToAnotherConnectionWithdrawsTheOldRecordAndRegistersOnTheNew() {
        String newConnection = scenario.connectTo(OTHER_EPAO);
        String otherProgramme = dataAnalystProgramme(OTHER_EPAO);

        approve("CHANGE_OF_PROGRAMME", "2026-03-02", Map.of("programmeId", otherProgramme,
                "startDate", "2026-03-02", "plannedEndDate", "2027-09-30"));

        Map<String, Object> old = record();
        assertThat(old).containsEntry("status", "WITHDRAWN");
        assertThat(list(old, "circumstances")).extracting(c -> c.get("type"))
                .containsExactly("CHANGE_OF_PROGRAMME", "TRANSFER_TO_ANOTHER_EPAO");
        Map<String, Object> fresh = scenario.platformRecord(OTHER_EPAO, learner);
        assertThat(fresh).containsEntry("status", "ON_PROGRAMME");
        assertThat(list(fresh, "programmes")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("standardReference", "ST0118").containsEntry("status", "ACTIVE"));
        assertThat(map(api.get("/api/v1/learners/" + learner).body(), "epaRegistration"))
                .containsEntry("mode", "CONNECTED").containsEntry("epaoId", OTHER_EPAO)
                .containsEntry("connectionId", newConnection).containsEntry("apprenticeId", fresh.get("apprenticeId"));
        assertThat(ruleIds()).containsExactly("RG-1", "CC-4", "PC-3", "RG-1");
    }

    @Test
    void PC_3_changingTheLearnersEpaoIdThroughTheApiMovesTheRegistrationToThatConnection() {
        scenario.connectTo(OTHER_EPAO);

        api.patch("/api/v1/learners/" + learner + "/programme", Map.of("epaoId", OTHER_EPAO)).expect(200);
        scenario.awaitSynced();

        assertThat(record()).containsEntry("status", "WITHDRAWN");
        assertThat(scenario.platformRecord(OTHER_EPAO, learner)).containsEntry("status", "ON_PROGRAMME");
        assertThat(ruleIds()).containsExactly("RG-1", "PC-3", "RG-1");
    }

    @Test
    void MG_5_EM_5_anApprovedChangeOfEmployerReplacesEmployerAddressAndManager() {
        Map<String, String> globex = scenario.employer("Globex plc", "M1 1AE");
        String gail = scenario.manager(globex.get("id"), "Gail");

        approve("CHANGE_OF_EMPLOYER", "2026-02-02", Map.of("employerId", globex.get("id"),
                "employerAddressId", globex.get("addressId"), "managerId", gail));

        Map<String, Object> record = record();
        assertThat(map(record, "employer")).containsEntry("name", "Globex plc");
        assertThat(map(map(record, "employer"), "address")).containsEntry("postcode", "M1 1AE");
        assertThat(map(record, "employerContact")).containsEntry("givenName", "Gail");
        assertThat(ruleIds()).containsExactly("RG-1", "MG-5", "EM-5");
    }

    @Test
    void MG_6_EM_6_anApprovedChangeOfWorkingConditionsReplacesTheAddressAndManager() {
        Map<String, Object> secondSite = api.post("/api/v1/employers/" + employer.get("id") + "/addresses",
                Map.of("line1", "9 Canal Wharf", "town", "Leeds", "postcode", "LS11 5PS")).expect(201).body();
        String max = scenario.manager(employer.get("id"), "Max");

        approve("CHANGE_OF_WORKING_CONDITIONS", "2026-02-02", Map.of("employerAddressId", secondSite.get("id"),
                "managerId", max));

        Map<String, Object> record = record();
        assertThat(map(map(record, "employer"), "address")).containsEntry("postcode", "LS11 5PS");
        assertThat(map(record, "employerContact")).containsEntry("givenName", "Max");
        assertThat(ruleIds()).containsExactly("RG-1", "MG-6", "EM-6");
    }

    @Test
    void aRejectedAutomationSendsNothing() {
        String automation = api.post("/api/v1/automations", Map.of("type", "WITHDRAWAL", "learnerId", learner,
                "effectiveDate", "2026-02-02", "details", Map.of("withdrawReason", 44))).expect(201).id();

        api.post("/api/v1/automations/" + automation + "/reject", Map.of("reason", "Learner is staying on")).expect(200);
        scenario.awaitSynced();

        assertThat(record()).containsEntry("status", "ON_PROGRAMME");
        assertThat(list(record(), "circumstances")).isEmpty();
        assertThat(ruleIds()).containsExactly("RG-1");
    }
}
