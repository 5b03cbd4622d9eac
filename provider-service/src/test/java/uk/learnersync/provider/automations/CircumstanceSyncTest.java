package uk.learnersync.provider.automations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.EndToEndTest;

/** Changes of circumstance and programme moves whose outcome on the EPA platform depends on the learner's side. */
class CircumstanceSyncTest extends EndToEndTest {

    private static final String EPAO = "EPA0001";
    private static final String UNCONNECTED_EPAO = "EPA0002";

    @Test
    @SuppressWarnings("unchecked")
    void CC_5_aBreakAppliedManuallyIsNotSentAndTheSyncLogSaysSkippedUnderCc5() {
        scenario.connectTo(EPAO);
        String learner = employedLearner(scenario.programme(EPAO));
        scenario.register(learner);
        scenario.awaitSynced();

        api.post("/api/v1/learners/" + learner + "/circumstances", Map.of("type", "BREAK_IN_LEARNING",
                "effectiveDate", "2026-01-05", "details", Map.of("expectedReturnDate", "2026-04-01")))
                .expect(201).body();
        scenario.awaitSynced();

        assertThat(api.get("/api/v1/learners/" + learner).body()).containsEntry("status", "ON_BREAK");
        Map<String, Object> record = scenario.platformRecord(EPAO, learner);
        assertThat(record).containsEntry("status", "ON_PROGRAMME");
        assertThat((List<Object>) record.get("circumstances")).isEmpty();
        assertThat(scenario.syncLog(learner)).last().satisfies(entry -> assertThat(entry)
                .containsEntry("ruleId", "CC-5").containsEntry("channel", "MANUAL").containsEntry("status", "SKIPPED"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void PC_1_aLearnerMovedByAnApprovedTrackerToAProgrammeWhoseEpaoHasNoConnectionIsSwitchedToManual() {
        scenario.connectTo(EPAO);
        String learner = employedLearner(scenario.programme(EPAO));
        scenario.register(learner);
        scenario.awaitSynced();
        String unconnected = scenario.programme(UNCONNECTED_EPAO);

        String automation = api.post("/api/v1/automations", Map.of("type", "CHANGE_OF_PROGRAMME", "learnerId", learner,
                "effectiveDate", "2026-02-01", "details", Map.of("programmeId", unconnected, "startDate", "2026-02-01",
                        "plannedEndDate", "2027-09-30"))).expect(201).id();
        api.post("/api/v1/automations/" + automation + "/approve", Map.of()).expect(200);
        scenario.awaitSynced();

        assertThat((Map<String, Object>) api.get("/api/v1/learners/" + learner).body().get("epaRegistration"))
                .containsEntry("mode", "MANUAL").containsEntry("epaoId", UNCONNECTED_EPAO)
                .containsEntry("connectionId", null);
        api.patch("/api/v1/learners/" + learner, Map.of("sex", "M")).expect(200);
        scenario.awaitSynced();
        assertThat(scenario.platformRecord(EPAO, learner)).containsEntry("sex", "F");
        assertThat(scenario.syncLog(learner)).last().satisfies(entry -> assertThat(entry)
                .containsEntry("ruleId", "RG-2").containsEntry("status", "SKIPPED"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void PC_2_aManuallyRegisteredLearnerMovedOntoAConnectedEpaoCanThenBeRegisteredThroughIt() {
        String learner = employedLearner(scenario.programme(UNCONNECTED_EPAO));
        api.post("/api/v1/learners/" + learner + "/epa-registration", Map.of("mode", "MANUAL")).expect(201);
        scenario.connectTo(EPAO);
        String connected = scenario.programme(EPAO, "Back end");

        String automation = api.post("/api/v1/automations", Map.of("type", "CHANGE_OF_PROGRAMME", "learnerId", learner,
                "effectiveDate", "2026-02-01", "details", Map.of("programmeId", connected, "option", "Back end",
                        "startDate", "2026-02-01", "plannedEndDate", "2027-09-30"))).expect(201).id();
        api.post("/api/v1/automations/" + automation + "/approve", Map.of()).expect(200);
        assertThat((Map<String, Object>) api.get("/api/v1/learners/" + learner).body().get("epaRegistration"))
                .containsEntry("mode", "MANUAL");

        Map<String, Object> registered = api.post("/api/v1/learners/" + learner + "/epa-registration", Map.of())
                .expect(201).body();
        scenario.awaitSynced();

        assertThat((Map<String, Object>) registered.get("epaRegistration")).containsEntry("mode", "CONNECTED")
                .containsEntry("epaoId", EPAO);
        assertThat((List<Map<String, Object>>) scenario.platformRecord(EPAO, learner).get("programmes"))
                .singleElement().satisfies(programme -> assertThat(programme).containsEntry("option", "Back end")
                        .containsEntry("startDate", "2026-02-01").containsEntry("status", "ACTIVE"));
    }

    /** A learner on the programme, working at an employer's address (a connected registration needs one). */
    private String employedLearner(String programme) {
        Map<String, String> employer = scenario.employer("Acme Ltd", "LS1 4AP");
        return scenario.learner(programme, Map.of("employerId", employer.get("id"),
                "employerAddressId", employer.get("addressId"),
                "managerId", scenario.manager(employer.get("id"), "Mona")));
    }
}
