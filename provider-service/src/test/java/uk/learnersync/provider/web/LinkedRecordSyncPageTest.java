package uk.learnersync.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Case owners, managers, employers and addresses changed in a browser (channel UI): the edit page says
 * before saving how many learners' EPA records will follow, and every one of them does (FO-1).
 */
class LinkedRecordSyncPageTest extends PageTest {

    private static final String EPAO = "EPA0001";

    private String caseOwner;
    private String manager;
    private String employerId;
    private String addressId;
    private List<String> registered;
    private String unregistered;

    @BeforeEach
    void twoRegisteredLearnersAndOneNotRegisteredShareTheirPeopleAndEmployer() {
        scenario.connectTo(EPAO);
        String programme = scenario.programme(EPAO);
        Map<String, String> employer = scenario.employer("Acme Ltd", "LS1 4AP");
        employerId = employer.get("id");
        addressId = employer.get("addressId");
        caseOwner = scenario.caseOwner("Tess");
        manager = scenario.manager(employerId, "Mona");
        Map<String, Object> links = Map.of("caseOwnerId", caseOwner, "managerId", manager,
                "employerId", employerId, "employerAddressId", addressId);
        registered = List.of(scenario.learner(programme, links), scenario.learner(programme, links));
        registered.forEach(scenario::register);
        unregistered = scenario.learner(programme, links);
        scenario.awaitSynced();
        signInAs("TUTOR");
    }

    @Test
    void CO_1_aCaseOwnersDetailsChangedInThePagesReachEveryLinkedLearnersEpaRecord() {
        open("/case-owners");
        screenshot("case-owners");
        open("/case-owners/" + caseOwner);
        assertThat(text("reach")).contains("Saving will update the EPA records of 2 learners").contains("CO-1");
        screenshot("case-owner-edit");

        type("familyName", "Teacher");
        type("email", "tess.teacher@provider.test");
        submit("save");

        assertThat(successBanner()).contains("Case owner saved");
        scenario.awaitSynced();
        registered.forEach(learner -> assertThat(map(platformRecord(learner), "tutor"))
                .containsEntry("familyName", "Teacher").containsEntry("email", "tess.teacher@provider.test"));
        registered.forEach(learner -> assertThat(lastRule(learner)).isEqualTo("CO-1"));
        assertThat(scenario.syncLog(unregistered)).isEmpty();
    }

    @Test
    void MG_1_aManagersDetailsChangedInThePagesReachEveryLinkedLearnersEpaRecord() {
        open("/managers/" + manager);
        assertThat(text("reach")).contains("Saving will update the EPA records of 2 learners").contains("MG-1");

        type("phone", "0113 496 0999");
        submit("save");

        scenario.awaitSynced();
        registered.forEach(learner -> assertThat(map(platformRecord(learner), "employerContact"))
                .containsEntry("phone", "0113 496 0999"));
        registered.forEach(learner -> assertThat(lastRule(learner)).isEqualTo("MG-1"));
        assertThat(scenario.syncLog(unregistered)).isEmpty();
    }

    @Test
    void EM_1_anEmployerChangedInThePagesReachesEveryLinkedLearnersEpaRecord() {
        open("/employers/" + employerId);
        assertThat(text("reach")).contains("Saving will update the EPA records of 2 learners").contains("EM-1");
        screenshot("employer-edit");

        type("name", "Acme Engineering Ltd");
        submit("save");

        scenario.awaitSynced();
        registered.forEach(learner -> assertThat(map(platformRecord(learner), "employer"))
                .containsEntry("name", "Acme Engineering Ltd"));
        registered.forEach(learner -> assertThat(lastRule(learner)).isEqualTo("EM-1"));
        assertThat(scenario.syncLog(unregistered)).isEmpty();
    }

    @Test
    void EM_2_anEmployerAddressChangedInThePagesReachesEveryLearnerWorkingThere() {
        open("/employers/" + employerId + "/addresses/" + addressId);
        assertThat(text("reach")).contains("Saving will update the EPA records of 2 learners").contains("EM-2");

        type("line1", "2 Park Row");
        type("postcode", "ls1 5ab");
        submit("save");

        scenario.awaitSynced();
        registered.forEach(learner -> assertThat(map(map(platformRecord(learner), "employer"), "address"))
                .containsEntry("line1", "2 Park Row").containsEntry("postcode", "LS1 5AB"));
        registered.forEach(learner -> assertThat(lastRule(learner)).isEqualTo("EM-2"));
        assertThat(scenario.syncLog(unregistered)).isEmpty();
    }

    @Test
    void aChangeTheApiWouldRefuseIsRefusedAtItsFieldsAndNothingIsSent() {
        open("/managers/" + manager);
        type("givenName", "");
        type("email", "mona-at-employer");
        submit("save");

        assertThat(errorSummary()).containsExactly("Enter the given name",
                "Email address must be an email address such as name@example.com");
        screenshot("manager-edit-errors");
        assertThat(api.get("/api/v1/managers/" + manager).expect(200).body()).containsEntry("givenName", "Mona");
        registered.forEach(learner -> assertThat(lastRule(learner)).isEqualTo("RG-1"));
    }

    private Map<String, Object> platformRecord(String learner) {
        return scenario.platformRecord(EPAO, learner);
    }

    private String lastRule(String learner) {
        List<Map<String, Object>> log = scenario.syncLog(learner);
        return (String) log.get(log.size() - 1).get("ruleId");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> record, String key) {
        return (Map<String, Object>) record.get(key);
    }
}
