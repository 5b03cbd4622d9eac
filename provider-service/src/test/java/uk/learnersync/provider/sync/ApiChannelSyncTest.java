package uk.learnersync.provider.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.EndToEndTest;
import uk.learnersync.provider.support.SyncScenario;

/** The seed's rules for changes made through the REST API, proven on the EPA platform's record. */
class ApiChannelSyncTest extends EndToEndTest {

    private static final String EPAO = "EPA0002";

    private String programme;
    private Map<String, String> employer;
    private String manager;
    private String tutor;

    @BeforeEach
    void connectedProvider() {
        scenario.connectTo(EPAO);
        programme = scenario.programme(EPAO);
        employer = scenario.employer("Acme Ltd", "LS1 4AP");
        manager = scenario.manager(employer.get("id"), "Mona");
        tutor = scenario.caseOwner("Tess");
    }

    private String registeredLearner() {
        String learner = scenario.learner(programme, Map.of("caseOwnerId", tutor, "managerId", manager,
                "employerId", employer.get("id"), "employerAddressId", employer.get("addressId")));
        scenario.register(learner);
        scenario.awaitSynced();
        return learner;
    }

    private Map<String, Object> afterSync(String learner) {
        scenario.awaitSynced();
        return scenario.platformRecord(EPAO, learner);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> record, String name) {
        return (Map<String, Object>) record.get(name);
    }

    private List<String> ruleIds(String learner) {
        return scenario.syncLog(learner).stream().map(entry -> (String) entry.get("ruleId")).toList();
    }

    @Test
    void PD_1_sexChangedThroughTheApiReachesTheEpaPlatform() {
        String learner = registeredLearner();

        api.patch("/api/v1/learners/" + learner, Map.of("sex", "M")).expect(200);

        assertThat(afterSync(learner)).containsEntry("sex", "M");
        assertThat(ruleIds(learner)).containsExactly("RG-1", "PD-1");
    }

    @Test
    void PD_2_ethnicityChangedThroughTheApiReachesTheEpaPlatform() {
        String learner = registeredLearner();

        api.patch("/api/v1/learners/" + learner, Map.of("ethnicity", 39)).expect(200);

        assertThat(afterSync(learner)).containsEntry("ethnicity", 39);
        assertThat(ruleIds(learner)).containsExactly("RG-1", "PD-2");
    }

    @Test
    void PD_3_theRegistrationFollowsTheLearnerToItsNewUln() {
        String learner = registeredLearner();
        String apprenticeId = (String) scenario.platformRecord(EPAO, learner).get("apprenticeId");
        String newUln = SyncScenario.nextUln();

        api.patch("/api/v1/learners/" + learner, Map.of("uln", newUln)).expect(200);

        Map<String, Object> record = afterSync(learner);
        assertThat(record).containsEntry("uln", newUln).containsEntry("apprenticeId", apprenticeId);
        assertThat(ruleIds(learner)).containsExactly("RG-1", "PD-3");
    }

    @Test
    void PD_4_namesDateOfBirthAndEmailChangedThroughTheApiReachTheEpaPlatform() {
        String learner = registeredLearner();

        api.patch("/api/v1/learners/" + learner, Map.of("givenNames", "Augusta Ada", "familyName", "King",
                "dateOfBirth", "2004-12-11", "email", "ada.king@learner.test")).expect(200);

        assertThat(afterSync(learner)).containsEntry("givenNames", "Augusta Ada").containsEntry("familyName", "King")
                .containsEntry("dateOfBirth", "2004-12-11").containsEntry("email", "ada.king@learner.test");
        assertThat(ruleIds(learner)).containsExactly("RG-1", "PD-4");
    }

    @Test
    void ILR_2_severalIlrDetailsInOneChangeCollapseIntoOneCallWithEveryRuleLogged() {
        String learner = registeredLearner();

        api.patch("/api/v1/learners/" + learner, Map.of("sex", "M", "ethnicity", 42, "familyName", "Byron")).expect(200);

        assertThat(afterSync(learner)).containsEntry("sex", "M").containsEntry("ethnicity", 42)
                .containsEntry("familyName", "Byron");
        List<Map<String, Object>> log = scenario.syncLog(learner);
        assertThat(log).extracting(entry -> entry.get("ruleId")).containsExactly("RG-1", "PD-4", "PD-1", "PD-2");
        assertThat(log).extracting(entry -> entry.get("status")).containsOnly("DELIVERED");
        assertThat(log.subList(2, 4)).allSatisfy(entry -> assertThat(entry.get("coalescedInto")).isEqualTo(log.get(1).get("id")));
        assertThat(platformAdmin.get("/admin/organisations/" + EPAO + "/apprentices/"
                + scenario.platformRecord(EPAO, learner).get("apprenticeId") + "/history").expect(200).items())
                .as("the platform received one update for the three changes").hasSize(2);
    }

    @Test
    void CO_2_aCaseOwnersNewDetailsReachEveryLinkedLearner() {
        String first = registeredLearner();
        String second = registeredLearner();

        api.patch("/api/v1/case-owners/" + tutor, Map.of("familyName", "Teacher", "email", "tess.t@provider.test"))
                .expect(200);

        scenario.awaitSynced();
        for (String learner : List.of(first, second)) {
            assertThat(part(scenario.platformRecord(EPAO, learner), "tutor"))
                    .containsEntry("familyName", "Teacher").containsEntry("email", "tess.t@provider.test");
            assertThat(ruleIds(learner)).containsExactly("RG-1", "CO-2");
        }
    }

    @Test
    void CO_4_replacingTheLearnersCaseOwnerThroughTheApiReachesTheEpaPlatform() {
        String learner = registeredLearner();
        String newTutor = scenario.caseOwner("Theo");

        api.patch("/api/v1/learners/" + learner, Map.of("caseOwnerId", newTutor)).expect(200);

        assertThat(part(afterSync(learner), "tutor")).containsEntry("givenName", "Theo");
        assertThat(ruleIds(learner)).containsExactly("RG-1", "CO-4");
    }

    @Test
    void MG_2_aManagersNewDetailsReachEveryLinkedLearner() {
        String first = registeredLearner();
        String second = registeredLearner();

        api.patch("/api/v1/managers/" + manager, Map.of("phone", "0113 496 0999")).expect(200);

        scenario.awaitSynced();
        for (String learner : List.of(first, second)) {
            assertThat(part(scenario.platformRecord(EPAO, learner), "employerContact"))
                    .containsEntry("phone", "0113 496 0999");
            assertThat(ruleIds(learner)).containsExactly("RG-1", "MG-2");
        }
    }

    @Test
    void MG_4_replacingTheLearnersManagerThroughTheApiReachesTheEpaPlatform() {
        String learner = registeredLearner();
        String newManager = scenario.manager(employer.get("id"), "Max");

        api.patch("/api/v1/learners/" + learner, Map.of("managerId", newManager)).expect(200);

        assertThat(part(afterSync(learner), "employerContact")).containsEntry("givenName", "Max");
        assertThat(ruleIds(learner)).containsExactly("RG-1", "MG-4");
    }

    @Test
    @SuppressWarnings("unchecked")
    void EM_3_anEmployerOrAddressChangedThroughTheApiReachesEveryLinkedLearner() {
        String first = registeredLearner();
        String second = registeredLearner();

        api.patch("/api/v1/employers/" + employer.get("id"), Map.of("name", "Acme Holdings Ltd")).expect(200);
        api.patch("/api/v1/employers/" + employer.get("id") + "/addresses/" + employer.get("addressId"),
                Map.of("line1", "2 Park Row", "postcode", "LS1 5HD")).expect(200);

        scenario.awaitSynced();
        for (String learner : List.of(first, second)) {
            Map<String, Object> onPlatform = part(scenario.platformRecord(EPAO, learner), "employer");
            assertThat(onPlatform).containsEntry("name", "Acme Holdings Ltd");
            assertThat((Map<String, Object>) onPlatform.get("address")).containsEntry("line1", "2 Park Row")
                    .containsEntry("postcode", "LS1 5HD");
            assertThat(ruleIds(learner)).containsExactly("RG-1", "EM-3", "EM-3");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void EM_4_replacingTheLearnersEmployerAndAddressReachesTheEpaPlatform() {
        String learner = registeredLearner();
        Map<String, String> other = scenario.employer("Globex plc", "M1 1AE");
        String otherManager = scenario.manager(other.get("id"), "Gail");

        api.patch("/api/v1/learners/" + learner, Map.of("employerId", other.get("id"),
                "employerAddressId", other.get("addressId"), "managerId", otherManager)).expect(200);

        Map<String, Object> record = afterSync(learner);
        assertThat(part(record, "employer")).containsEntry("name", "Globex plc");
        assertThat((Map<String, Object>) part(record, "employer").get("address")).containsEntry("postcode", "M1 1AE");
        assertThat(part(record, "employerContact")).containsEntry("givenName", "Gail");
        assertThat(ruleIds(learner)).containsExactly("RG-1", "MG-4", "EM-4");
    }

    @Test
    @SuppressWarnings("unchecked")
    void PG_3_theEpaPeriodIsNeverSent() {
        String learner = registeredLearner();

        api.patch("/api/v1/learners/" + learner + "/programme", Map.of("epaPeriodMonths", 6)).expect(200);

        scenario.awaitSynced();
        List<Map<String, Object>> log = scenario.syncLog(learner);
        assertThat(log).extracting(entry -> entry.get("ruleId")).containsExactly("RG-1", "PG-3");
        assertThat(log.get(1)).containsEntry("status", "SKIPPED").containsEntry("attempts", 0);
        assertThat(historyOf(learner)).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void PG_4_programmeDatesChangedThroughTheApiAreNotSentUnderTheDefaultPolicy() {
        String learner = registeredLearner();

        api.patch("/api/v1/learners/" + learner + "/programme", Map.of("plannedEndDate", "2027-06-30")).expect(200);

        scenario.awaitSynced();
        Map<String, Object> programmeOnPlatform = ((List<Map<String, Object>>) scenario.platformRecord(EPAO, learner)
                .get("programmes")).get(0);
        assertThat(programmeOnPlatform).containsEntry("plannedEndDate", "2027-03-31");
        assertThat(scenario.syncLog(learner).get(1)).containsEntry("ruleId", "PG-4").containsEntry("status", "SKIPPED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void PG_4_programmeDatesThroughTheApiAreSentWhereTheProviderWidenedTheRule() {
        api.put("/api/v1/sync/policy/rules/PG-4", Map.of("addedChannels", List.of("API"))).expect(200);
        String learner = registeredLearner();

        api.patch("/api/v1/learners/" + learner + "/programme", Map.of("startDate", "2025-09-15",
                "plannedEndDate", "2027-06-30")).expect(200);

        Map<String, Object> programmeOnPlatform = ((List<Map<String, Object>>) afterSync(learner).get("programmes")).get(0);
        assertThat(programmeOnPlatform).containsEntry("startDate", "2025-09-15").containsEntry("plannedEndDate", "2027-06-30");
        assertThat(ruleIds(learner)).containsExactly("RG-1", "PG-4", "PG-4");
    }

    @Test
    void FO_1_aFanOutReachesOnlyLinkedLearnersThatAreRegisteredThroughAConnection() {
        String registered = registeredLearner();
        String unregistered = scenario.learner(programme, Map.of("caseOwnerId", tutor));
        String manual = scenario.learner(programme, Map.of("caseOwnerId", tutor));
        api.post("/api/v1/learners/" + manual + "/epa-registration", Map.of("mode", "MANUAL")).expect(201);
        String otherTutorsLearner = registeredLearner();
        api.patch("/api/v1/learners/" + otherTutorsLearner, Map.of("caseOwnerId", scenario.caseOwner("Olga"))).expect(200);
        scenario.awaitSynced();

        api.patch("/api/v1/case-owners/" + tutor, Map.of("phone", "01632 960999")).expect(200);
        scenario.awaitSynced();

        assertThat(ruleIds(registered)).containsExactly("RG-1", "CO-2");
        assertThat(ruleIds(unregistered)).isEmpty();
        assertThat(ruleIds(manual)).containsExactly("RG-2");
        assertThat(ruleIds(otherTutorsLearner)).containsExactly("RG-1", "CO-4");
        assertThat(scenario.platformRecords(EPAO)).hasSize(2);
    }

    @Test
    void RG_2_aManuallyRegisteredLearnerIsNeverSentAnything() {
        String learner = scenario.learner(programme, Map.of("caseOwnerId", tutor));

        api.post("/api/v1/learners/" + learner + "/epa-registration", Map.of("mode", "MANUAL")).expect(201);
        api.patch("/api/v1/learners/" + learner, Map.of("sex", "M", "givenNames", "Grace")).expect(200);
        api.patch("/api/v1/case-owners/" + tutor, Map.of("phone", "01632 960123")).expect(200);

        scenario.awaitSynced();
        assertThat(scenario.platformRecords(EPAO)).isEmpty();
        assertThat(scenario.syncLog(learner)).extracting(entry -> entry.get("ruleId")).containsOnly("RG-2");
        assertThat(scenario.syncLog(learner)).extracting(entry -> entry.get("status")).containsOnly("SKIPPED");
    }

    private List<Map<String, Object>> historyOf(String learner) {
        String apprenticeId = (String) scenario.platformRecord(EPAO, learner).get("apprenticeId");
        return platformAdmin.get("/admin/organisations/" + EPAO + "/apprentices/" + apprenticeId + "/history")
                .expect(200).items();
    }

}
