package uk.learnersync.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import uk.learnersync.provider.support.SyncScenario;

/**
 * The learner's record and Edit Programme Details in a browser, each change through the pages (channel
 * UI), proven on the EPA platform's record of the learner as the EPAO sees it.
 */
class LearnerRecordSyncPageTest extends PageTest {

    private static final String EPAO = "EPA0001";

    private String learner;
    private String employerId;

    @BeforeEach
    void aLearnerRegisteredThroughTheConnection() {
        scenario.connectTo(EPAO);
        String programme = scenario.programme(EPAO);
        Map<String, String> employer = scenario.employer("Acme Ltd", "LS1 4AP");
        employerId = employer.get("id");
        learner = scenario.learner(programme, Map.of("caseOwnerId", scenario.caseOwner("Tess"),
                "managerId", scenario.manager(employerId, "Mona"), "employerId", employerId,
                "employerAddressId", employer.get("addressId")));
        scenario.register(learner);
        scenario.awaitSynced();
        signInAs("TUTOR");
        open("/learners/" + learner);
    }

    @Test
    void PD_1_sexChangedInThePagesReachesTheEpaPlatform() {
        changePersonalDetails();
        click("sex-M");
        submit("save-details");

        assertThat(successBanner()).contains("Personal details saved");
        scenario.awaitSynced();
        assertThat(platformRecord()).containsEntry("sex", "M");
        assertThat(lastSyncEntry()).containsEntry("ruleId", "PD-1").containsEntry("channel", "UI")
                .containsEntry("status", "DELIVERED");
    }

    @Test
    void PD_2_ethnicityChangedInThePagesReachesTheEpaPlatform() {
        changePersonalDetails();
        choose("ethnicity", "Caribbean");
        submit("save-details");

        scenario.awaitSynced();
        assertThat(platformRecord()).containsEntry("ethnicity", 45);
        assertThat(lastSyncEntry()).containsEntry("ruleId", "PD-2").containsEntry("channel", "UI");
    }

    @Test
    void PD_3_ulnChangedInThePagesReachesTheEpaPlatformAndTheRegistrationFollowsTheLearner() {
        changePersonalDetails();
        String newUln = SyncScenario.nextUln();
        type("uln", newUln);
        submit("save-details");

        assertThat(errorSummary()).isEmpty();
        assertThat(text("learner-name")).isEqualTo("Ada Lovelace");
        assertThat(browser.getPageSource()).contains("ULN " + newUln);

        scenario.awaitSynced();
        assertThat(platformRecord()).containsEntry("uln", newUln);
        assertThat(scenario.platformRecords(EPAO)).hasSize(1);
        assertThat(lastSyncEntry()).containsEntry("ruleId", "PD-3").containsEntry("channel", "UI");
    }

    @Test
    void PD_4_namesDateOfBirthAndEmailChangedInThePagesReachTheEpaPlatform() {
        changePersonalDetails();
        type("givenNames", "Augusta Ada");
        type("familyName", "King");
        typeDate("dateOfBirth", "9", "12", "2004");
        type("email", "ada.king@learner.test");
        submit("save-details");

        assertThat(text("learner-name")).isEqualTo("Augusta Ada King");
        scenario.awaitSynced();
        assertThat(platformRecord()).containsEntry("givenNames", "Augusta Ada").containsEntry("familyName", "King")
                .containsEntry("dateOfBirth", "2004-12-09").containsEntry("email", "ada.king@learner.test");
        assertThat(lastSyncEntry()).containsEntry("ruleId", "PD-4").containsEntry("channel", "UI");
    }

    @Test
    void ILR_1_ilrDetailsChangedInThePagesAreSentAndTheTimelineShowsWhatWasSentAndTheAnswer() {
        changePersonalDetails();
        type("familyName", "Byron");
        submit("save-details");
        scenario.awaitSynced();

        assertThat(platformRecord()).containsEntry("familyName", "Byron");
        assertThat(lastSyncEntry()).containsEntry("channel", "UI").containsEntry("status", "DELIVERED");
        open("/learners/" + learner);
        var newest = browser.findElement(By.cssSelector("#sync-entries tbody tr"));
        assertThat(newest.getText()).contains("PD-4", "Names, date of birth or email changed", "Personal details updated",
                "Changed in LearnerSync by Sam Staff", "Sent", "Family name", "Byron")
                .doesNotContain("attempt", "user:", "{");
        newest.findElement(By.cssSelector("summary")).click();
        assertThat(newest.findElement(By.cssSelector(".app-request")).getText()).contains("\"familyName\"", "Byron");
        assertThat(newest.findElement(By.cssSelector(".app-response")).getText()).isNotBlank();
        screenshot("learner-record");
    }

    @Test
    void CO_3_MG_3_EM_4_caseOwnerManagerAndEmployerReplacedInThePagesReachTheEpaPlatform() {
        scenario.caseOwner("Uma");
        Map<String, String> newEmployer = scenario.employer("Brightwork Ltd", "M1 1AE");
        scenario.manager(newEmployer.get("id"), "Nia");
        open("/learners/" + learner);

        click("change-people");
        choose("caseOwnerId", "Uma Tutor");
        choose("employerAddressId", "Brightwork Ltd – 1 High Street, Leeds, M1 1AE");
        choose("managerId", "Nia Manager (Brightwork Ltd)");
        submit("save-links");

        assertThat(text("linked-case-owner")).isEqualTo("Uma Tutor");
        assertThat(text("linked-manager")).isEqualTo("Nia Manager");
        scenario.awaitSynced();
        Map<String, Object> record = platformRecord();
        assertThat(map(record, "tutor")).containsEntry("givenName", "Uma");
        assertThat(map(record, "employerContact")).containsEntry("givenName", "Nia");
        assertThat(map(record, "employer")).containsEntry("name", "Brightwork Ltd");
        assertThat(map(map(record, "employer"), "address")).containsEntry("postcode", "M1 1AE");
        assertThat(scenario.syncLog(learner)).extracting(entry -> entry.get("ruleId"))
                .contains("CO-3", "MG-3", "EM-4");
        assertThat(scenario.syncLog(learner)).allSatisfy(entry -> assertThat(entry.get("status")).isEqualTo("DELIVERED"));
    }

    @Test
    void PG_1_PG_2_datesChangedOnEditProgrammeDetailsReachTheEpaPlatform() {
        submit("edit-programme");
        assertThat(heading()).contains("Edit programme details");
        typeDate("startDate", "15", "9", "2025");
        typeDate("plannedEndDate", "30", "4", "2027");
        screenshot("edit-programme-details");
        submit("save-programme");

        assertThat(text("start-date")).isEqualTo("15 September 2025");
        assertThat(text("planned-end-date")).isEqualTo("30 April 2027");
        scenario.awaitSynced();
        assertThat(programmeOnPlatform()).containsEntry("startDate", "2025-09-15")
                .containsEntry("plannedEndDate", "2027-04-30");
        assertThat(scenario.syncLog(learner)).extracting(entry -> entry.get("ruleId")).contains("PG-1", "PG-2");
    }

    @Test
    void PG_3_theEpaPeriodChangedOnEditProgrammeDetailsIsNotSent() {
        Map<String, Object> before = platformRecord();
        open("/learners/" + learner + "/programme");
        type("epaPeriodMonths", "6");
        submit("save-programme");

        assertThat(text("epa-period")).isEqualTo("6 months");
        scenario.awaitSynced();
        assertThat(platformRecord()).isEqualTo(before);
        assertThat(lastSyncEntry()).containsEntry("ruleId", "PG-3").containsEntry("status", "SKIPPED");
    }

    @Test
    void aBadDateOnEditProgrammeDetailsIsShownAtTheFieldAndNothingIsStoredOrSent() {
        open("/learners/" + learner + "/programme");
        typeDate("startDate", "31", "2", "2025");
        typeDate("plannedEndDate", "1", "1", "2020");
        submit("save-programme");

        assertThat(errorSummary()).containsExactly("Start date must be a real date");
        browser.findElement(By.cssSelector(".govuk-error-summary__list a")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("startDate-day");
        assertThat(programmeOnPlatform()).containsEntry("startDate", "2025-09-01");
        assertThat(scenario.syncLog(learner)).hasSize(1);
    }

    @Test
    void personalDetailsThatTheApiWouldRefuseAreRefusedWithTheApisMessagesAndNothingIsStored() {
        changePersonalDetails();
        type("uln", "1234567890");
        type("email", "not an email");
        submit("save-details");

        assertThat(errorSummary()).containsExactly(
                "ULN is not a valid ULN: its check digit is wrong (ULN_04)",
                "Email address must be an email address such as name@example.com");
        assertThat(text("uln-error")).contains("ULN is not a valid ULN");
        screenshot("learner-record-errors");
        assertThat(api.get("/api/v1/learners/" + learner).expect(200).body()).containsEntry("email", "ada@learner.test");
        assertThat(scenario.syncLog(learner)).hasSize(1);
    }

    /** Follows the record's Change link to the personal details page. */
    private void changePersonalDetails() {
        submit("change-givenNames");
        assertThat(heading()).contains("Change personal details");
    }

    private Map<String, Object> platformRecord() {
        return scenario.platformRecord(EPAO, learner);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> programmeOnPlatform() {
        return ((List<Map<String, Object>>) platformRecord().get("programmes")).get(0);
    }

    private Map<String, Object> lastSyncEntry() {
        List<Map<String, Object>> log = scenario.syncLog(learner);
        return log.get(log.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> record, String key) {
        return (Map<String, Object>) record.get(key);
    }
}
