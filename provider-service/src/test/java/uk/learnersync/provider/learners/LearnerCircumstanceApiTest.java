package uk.learnersync.provider.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.testing.Api;
import uk.learnersync.validation.FieldChecks;

/** Changes of circumstance applied directly (channel MANUAL) through the API, and what they publish. */
@RecordApplicationEvents
class LearnerCircumstanceApiTest extends LearnerApiTestSupport {

    private static final ChangeOrigin MANUAL = new ChangeOrigin("user:tess@provider.test", Channel.MANUAL);

    @Autowired
    private ApplicationEvents events;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private CircumstanceManagement circumstances;

    private String programmeId;
    private String learnerId;

    @BeforeEach
    void onProgramme() {
        programmeId = programme();
        learnerId = (String) create(learner(programmeId)).get("id");
        events.clear();
    }

    @Test
    void aBreakAppliedManuallyIsRecordedAndPublishedAsManual() {
        Map<String, Object> applied = apply(Map.of("type", "BREAK_IN_LEARNING", "effectiveDate", "2026-01-05",
                "details", Map.of("expectedReturnDate", "2026-04-01"))).expect(201).body();

        assertThat(applied).containsEntry("type", "BREAK_IN_LEARNING").containsEntry("effectiveDate", "2026-01-05")
                .containsEntry("channel", "MANUAL").containsKey("id");
        assertThat(learner()).containsEntry("status", "ON_BREAK").containsEntry("compStatus", 6);
        assertThat(api.get(circumstancesPath()).expect(200).items()).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("id", applied.get("id"))
                        .containsEntry("channel", "MANUAL")
                        .containsEntry("details", Map.of("expectedReturnDate", "2026-04-01")));
    }

    @Test
    void aBreakAppliedManuallyIsPublishedAsAManualCircumstanceOnly() {
        applyDirectly("BREAK_IN_LEARNING", "2026-01-05", Map.of("expectedReturnDate", "2026-04-01"));

        assertThat(events.stream(LearnerChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.circumstance().type()).isEqualTo(CircumstanceType.BREAK_IN_LEARNING);
            assertThat(event.circumstance().effectiveDate()).isEqualTo(LocalDate.of(2026, 1, 5));
            assertThat(event.circumstance().detail()).isEqualTo(Map.of("expectedReturnDate", "2026-04-01"));
            assertThat(event.origin()).isEqualTo(MANUAL);
        });
    }

    @Test
    void returnsAndWithdrawalsPublishTheDetailTheEpaPlatformRecords() {
        applyDirectly("BREAK_IN_LEARNING", "2026-01-05", Map.of());
        applyDirectly("RETURN_TO_LEARNING", "2026-03-02", Map.of("plannedEndDate", "2027-06-30"));
        applyDirectly("WITHDRAWAL", "2026-05-01", Map.of("withdrawReason", 3));

        assertThat(events.stream(LearnerChanged.class)).extracting(event -> event.circumstance().detail())
                .containsExactly(Map.of(), Map.of("plannedEndDate", "2027-06-30"), Map.of("withdrawReason", 3));
    }

    @Test
    void aReturnSetsTheNewPlannedEndDateAndAWithdrawalItsReasonAndEndDate() {
        apply(Map.of("type", "BREAK_IN_LEARNING", "effectiveDate", "2026-01-05")).expect(201);
        apply(Map.of("type", "RETURN_TO_LEARNING", "effectiveDate", "2026-03-02",
                "details", Map.of("plannedEndDate", "2027-06-30"))).expect(201);

        assertThat(learner()).containsEntry("status", "ACTIVE").containsEntry("compStatus", 1);
        assertThat(programmeOf(learner())).containsEntry("plannedEndDate", "2027-06-30");

        apply(Map.of("type", "WITHDRAWAL", "effectiveDate", "2026-05-01", "details", Map.of("withdrawReason", 3)))
                .expect(201);

        assertThat(learner()).containsEntry("status", "WITHDRAWN").containsEntry("compStatus", 3)
                .containsEntry("withdrawReason", 3).containsEntry("learnActEndDate", "2026-05-01");
        assertThat(api.get(circumstancesPath()).expect(200).items()).extracting(item -> item.get("type"))
                .containsExactly("BREAK_IN_LEARNING", "RETURN_TO_LEARNING", "WITHDRAWAL");
    }

    @Test
    void aWithdrawalOfAWithdrawnLearnerIsAFieldErrorAndChangesNothing() {
        apply(Map.of("type", "WITHDRAWAL", "effectiveDate", "2026-05-01", "details", Map.of("withdrawReason", 44)))
                .expect(201);

        Map<String, String> errors = apply(Map.of("type", "WITHDRAWAL", "effectiveDate", "2026-06-01",
                "details", Map.of("withdrawReason", 3))).expect(400).fieldErrors();

        assertThat(errors).containsOnlyKeys("type");
        assertThat(learner()).containsEntry("withdrawReason", 44).containsEntry("learnActEndDate", "2026-05-01");
        assertThat(api.get(circumstancesPath()).items()).hasSize(1);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        assertThat(apply(Map.of("type", "RETURN_TO_LEARNING", "effectiveDate", "2026-03-02",
                "details", Map.of("plannedEndDate", "2027-06-30"))).expect(400).fieldErrors())
                .containsOnlyKeys("type");
        assertThat(apply(Map.of("type", "WITHDRAWAL", "effectiveDate", "2025-08-01",
                "details", Map.of("withdrawReason", 5, "note", "x"))).expect(400).fieldErrors())
                .containsOnlyKeys("details.withdrawReason", "details.note");
        assertThat(apply(Map.of("type", "WITHDRAWAL", "effectiveDate", "2025-08-01",
                "details", Map.of("withdrawReason", 44))).expect(400).fieldErrors())
                .containsOnlyKeys("effectiveDate");
        assertThat(apply(Map.of("effectiveDate", "someday")).expect(400).fieldErrors())
                .containsOnlyKeys("effectiveDate");
        assertThat(apply(Map.of("type", "NAP")).expect(400).fieldErrors()).containsOnlyKeys("type", "effectiveDate");
        assertThat(apply(Map.of("type", "BREAK_IN_LEARNING", "effectiveDate", "2026-01-05", "colour", "red"))
                .expect(400).fieldErrors()).containsOnlyKeys("colour");

        assertThat(api.get(circumstancesPath()).expect(200).items()).isEmpty();
        assertThat(learner()).containsEntry("status", "ACTIVE");
        assertThat(events.stream(LearnerChanged.class)).isEmpty();
    }

    @Test
    void CC_5_aManualChangeOfProgrammeToAnotherEpaoClosesTheOldEnrolmentAndSwitchesAConnectedLearnerToManual() {
        connection(EPAO);
        connection(OTHER_EPAO);
        employ(learnerId);
        api.post("/api/v1/learners/" + learnerId + "/epa-registration", Map.of()).expect(201);
        String newProgramme = programme(api, OTHER_EPAO, "Data");
        events.clear();

        applyDirectly("CHANGE_OF_PROGRAMME", "2026-02-01", Map.of("programmeId", newProgramme, "option", "Data",
                "startDate", "2026-02-02", "plannedEndDate", "2027-09-30"));

        Map<String, Object> moved = learner();
        assertThat(programmeOf(moved)).containsEntry("programmeId", newProgramme).containsEntry("option", "Data")
                .containsEntry("startDate", "2026-02-02").containsEntry("epaoId", OTHER_EPAO);
        assertThat(registrationOf(moved)).containsEntry("mode", "MANUAL").containsEntry("epaoId", OTHER_EPAO);
        assertThat(jdbc.sql("""
                        SELECT programme_id, programme_option, comp_status, withdraw_reason, learn_act_end_date
                        FROM learner_enrolment_history WHERE learner_id = ?""")
                .param(UUID.fromString(learnerId)).query().singleRow())
                .containsEntry("programme_id", UUID.fromString(programmeId)).containsEntry("comp_status", 3)
                .containsEntry("withdraw_reason", 40)
                .containsEntry("learn_act_end_date", Date.valueOf("2026-02-01"));
        assertThat(events.stream(LearnerChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.circumstance().detail()).containsEntry("epaoId", OTHER_EPAO)
                    .containsEntry("programme", Map.of("standardCode", 2, "standardReference", "ST0116",
                            "standardVersion", "1.0", "option", "Data", "startDate", "2026-02-02",
                            "plannedEndDate", "2027-09-30"));
            assertThat(event.before().registration().mode()).isEqualTo(RegistrationMode.CONNECTED);
            assertThat(event.after().registration().mode()).isEqualTo(RegistrationMode.MANUAL);
        });
    }

    @Test
    void aChangeOfEmployerReplacesEmployerAddressAndManagerAndRecordsTheEmploymentStatus() {
        Map<String, Object> employer = employer(api);
        String employerId = (String) employer.get("id");
        String manager = manager(api, employerId);

        applyDirectly("CHANGE_OF_EMPLOYER", "2026-01-01",
                Map.of("employerId", employerId, "employerAddressId", addressId(employer, 1), "managerId", manager));

        assertThat(learner()).containsEntry("employerId", employerId)
                .containsEntry("employerAddressId", addressId(employer, 1)).containsEntry("managerId", manager);
        assertThat(jdbc.sql("SELECT emp_stat, employer_id, date_emp_stat_app FROM learner_employment_statuses "
                        + "WHERE learner_id = ?").param(UUID.fromString(learnerId)).query().singleRow())
                .containsEntry("emp_stat", 10).containsEntry("employer_id", UUID.fromString(employerId))
                .containsEntry("date_emp_stat_app", Date.valueOf("2026-01-01"));
        assertThat(events.stream(LearnerChanged.class)).singleElement()
                .satisfies(event -> assertThat(event.changed())
                        .containsExactlyInAnyOrder(LearnerAspect.EMPLOYER, LearnerAspect.MANAGER));
        assertThat(events.stream(LearnerChanged.class)).singleElement()
                .satisfies(event -> assertThat(event.circumstance()).isNull());
    }

    /** ILR 2026/27: the agreement ID changes with the employer, so a change of employer carries the new one. */
    @Test
    void aChangeOfEmployerCarriesTheNewEmployersAgreemIdOrClearsTheOldOne() {
        api.patch("/api/v1/learners/" + learnerId, Map.of("agreemId", "OLD0001")).expect(200);
        Map<String, Object> employer = employer(api);
        String employerId = (String) employer.get("id");
        String manager = manager(api, employerId);

        assertThat(apply(Map.of("type", "CHANGE_OF_EMPLOYER", "effectiveDate", "2026-01-01", "details",
                Map.of("employerId", employerId, "employerAddressId", addressId(employer, 0), "managerId", manager,
                        "agreemId", "A-1"))).expect(400).fieldErrors()).containsOnlyKeys("details.agreemId");
        applyDirectly("CHANGE_OF_EMPLOYER", "2026-01-01", Map.of("employerId", employerId,
                "employerAddressId", addressId(employer, 0), "managerId", manager, "agreemId", "A123456"));

        assertThat(learner()).containsEntry("employerId", employerId).containsEntry("agreemId", "A123456");
        assertThat(jdbc.sql("SELECT agreem_id FROM learner_employment_statuses WHERE learner_id = ?")
                .param(UUID.fromString(learnerId)).query(String.class).single()).isEqualTo("A123456");

        Map<String, Object> another = employer(api);
        String anotherId = (String) another.get("id");
        applyDirectly("CHANGE_OF_EMPLOYER", "2026-03-01", Map.of("employerId", anotherId,
                "employerAddressId", addressId(another, 0), "managerId", manager(api, anotherId)));
        assertThat(learner()).containsEntry("employerId", anotherId).containsEntry("agreemId", null);
    }

    @Test
    void aChangeOfWorkingConditionsNeedsAnAddressOfTheSameEmployerAndPublishesOnlyWhatChanged() {
        Map<String, Object> employer = employer(api);
        String employerId = (String) employer.get("id");
        String manager = manager(api, employerId);
        apply(Map.of("type", "CHANGE_OF_EMPLOYER", "effectiveDate", "2026-01-01", "details",
                Map.of("employerId", employerId, "employerAddressId", addressId(employer, 0), "managerId", manager)))
                .expect(201);
        String elsewhere = addressId(employer(api), 0);
        events.clear();

        assertThat(apply(Map.of("type", "CHANGE_OF_WORKING_CONDITIONS", "effectiveDate", "2026-02-01",
                "details", Map.of("employerAddressId", elsewhere))).expect(400).fieldErrors())
                .containsEntry("details.employerAddressId", "is not an address of the learner's employer");
        applyDirectly("CHANGE_OF_WORKING_CONDITIONS", "2026-02-01",
                Map.of("employerAddressId", addressId(employer, 1)));

        assertThat(learner()).containsEntry("employerAddressId", addressId(employer, 1))
                .containsEntry("managerId", manager);
        assertThat(events.stream(LearnerChanged.class)).singleElement()
                .satisfies(event -> assertThat(event.changed()).containsExactly(LearnerAspect.EMPLOYER));
    }

    @Test
    void anAutomationOriginIsPublishedWithItsTrackerType() {
        ChangeOrigin approved = ChangeOrigin.automation("user:amy@provider.test", AutomationType.BREAK_IN_LEARNING);

        circumstances.apply(provider(), new LearnerId(UUID.fromString(learnerId)),
                new CircumstanceChange.BreakInLearning(LocalDate.of(2026, 1, 5), null), approved);

        assertThat(events.stream(LearnerChanged.class)).singleElement()
                .satisfies(event -> assertThat(event.origin()).isEqualTo(approved));
        assertThat(api.get(circumstancesPath()).items()).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("channel", "AUTOMATION")
                        .containsEntry("actor", "user:amy@provider.test"));
    }

    @Test
    void anotherProvidersLearnerIsNotFoundAndUnchanged() {
        Api other = apiFor(newProviderAccount());

        other.post(circumstancesPath(), Map.of("type", "BREAK_IN_LEARNING", "effectiveDate", "2026-01-05"))
                .expect(404);
        other.get(circumstancesPath()).expect(404);

        assertThat(learner()).containsEntry("status", "ACTIVE");
        assertThat(api.get(circumstancesPath()).expect(200).items()).isEmpty();
    }

    /** Applies a change through the service on the test's thread, where the published events are recorded. */
    private void applyDirectly(String type, String effectiveDate, Map<String, Object> details) {
        FieldChecks checks = new FieldChecks();
        CircumstanceChange change = new CircumstanceInput(type, LocalDate.parse(effectiveDate), details).parse(checks);
        checks.throwIfAny();
        circumstances.apply(provider(), new LearnerId(UUID.fromString(learnerId)), change, MANUAL);
    }

    private ProviderId provider() {
        return new ProviderId(UUID.fromString(providerId));
    }

    private Api.Response apply(Map<String, Object> body) {
        return api.post(circumstancesPath(), body);
    }

    private String circumstancesPath() {
        return "/api/v1/learners/" + learnerId + "/circumstances";
    }

    private Map<String, Object> learner() {
        return api.get("/api/v1/learners/" + learnerId).expect(200).body();
    }
}
