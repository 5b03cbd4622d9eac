package uk.learnersync.provider.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.provider.shared.ProviderId;

/** The rules of each change of circumstance, and the registration's move with the EPAO, without Spring. */
class CircumstanceRulesTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);
    private static final ProgrammeId PROGRAMME = new ProgrammeId(UUID.randomUUID());
    private static final EpaoId EPAO = new EpaoId("EPA0001");
    private static final EpaoId OTHER_EPAO = new EpaoId("EPA0002");
    private static final EmployerId EMPLOYER = new EmployerId(UUID.randomUUID());
    private static final EmployerAddressId ADDRESS = new EmployerAddressId(UUID.randomUUID());
    private static final ManagerId MANAGER = new ManagerId(UUID.randomUUID());

    private final Learner active = Learner.enrol(new LearnerId(UUID.randomUUID()), new ProviderId(UUID.randomUUID()),
            "A1", new PersonalDetails(Uln.of("1000000043"), "Ann", "Smith", LocalDate.of(2005, 4, 1), Sex.F,
                    Ethnicity.WHITE_BRITISH, "ann@example.com"),
            new LearnerLinks(null, MANAGER, EMPLOYER, ADDRESS),
            new Enrolment(PROGRAMME, "Core", START, LocalDate.of(2027, 3, 1), 3, EPAO));

    @Test
    void aBreakIsOnlyForAnActiveLearnerAndSetsCompStatus6() {
        CircumstanceChange pause = parse("BREAK_IN_LEARNING", "2025-12-01", Map.of("expectedReturnDate", "2026-03-01"));

        assertThat(refusals(pause, active)).isEmpty();
        Learner onBreak = active.onBreak();
        assertThat(onBreak.status()).isEqualTo(LearnerStatus.ON_BREAK);
        assertThat(onBreak.status().compStatus()).isEqualTo(6);
        assertThat(refusals(pause, onBreak)).containsOnlyKeys("type");
        assertThat(refusals(pause, onBreak).get("type")).contains("ACTIVE").contains("ON_BREAK");
    }

    @Test
    void aReturnIsOnlyFromABreakAndNeedsAPlannedEndDateAfterTheReturn() {
        CircumstanceChange back = parse("RETURN_TO_LEARNING", "2026-03-01", Map.of("plannedEndDate", "2027-06-01"));

        assertThat(refusals(back, active)).containsOnlyKeys("type");
        assertThat(refusals(back, active.onBreak())).isEmpty();
        Learner returned = active.onBreak().returned(LocalDate.of(2027, 6, 1));
        assertThat(returned.status().compStatus()).isEqualTo(1);
        assertThat(returned.enrolment().plannedEndDate()).isEqualTo(LocalDate.of(2027, 6, 1));

        assertThat(parseErrors("RETURN_TO_LEARNING", "2026-03-01", Map.of("plannedEndDate", "2026-03-01")))
                .containsEntry("details.plannedEndDate", "must be after the return date (effectiveDate)");
        assertThat(parseErrors("RETURN_TO_LEARNING", "2026-03-01", Map.of()))
                .containsEntry("details.plannedEndDate", "is required");
    }

    @Test
    void aWithdrawalNeedsAnEsfaWithdrawReasonAndIsRefusedOnceWithdrawn() {
        CircumstanceChange leave = parse("WITHDRAWAL", "2026-01-15", Map.of("withdrawReason", 44));
        Learner withdrawn = active.withdrawn(WithdrawReason.OTHER_PERSONAL_REASONS, LocalDate.of(2026, 1, 15));

        assertThat(refusals(leave, active)).isEmpty();
        assertThat(refusals(leave, active.onBreak())).isEmpty();
        assertThat(withdrawn.status().compStatus()).isEqualTo(3);
        assertThat(withdrawn.withdrawReason()).isEqualTo(44);
        assertThat(withdrawn.learnActEndDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(refusals(leave, withdrawn)).containsOnlyKeys("type");

        for (Object code : new Object[] {1, 4, 39, 49, 99, "44"}) {
            assertThat(parseErrors("WITHDRAWAL", "2026-01-15", Map.of("withdrawReason", code)))
                    .containsOnlyKeys("details.withdrawReason");
        }
        assertThat(parseErrors("WITHDRAWAL", "2026-01-15", Map.of())).containsEntry("details.withdrawReason",
                "is required");
    }

    @Test
    void aChangeOfProgrammeNeedsAnotherProgrammeOrOption() {
        assertThat(refusals(programmeChange(PROGRAMME, "Core"), active)).containsOnlyKeys("details.programmeId");
        assertThat(refusals(programmeChange(PROGRAMME, "Web"), active)).isEmpty();
        assertThat(refusals(programmeChange(new ProgrammeId(UUID.randomUUID()), null), active)).isEmpty();
        assertThat(refusals(programmeChange(new ProgrammeId(UUID.randomUUID()), null),
                active.withdrawn(WithdrawReason.OTHER, START))).containsOnlyKeys("type");
    }

    @Test
    void aChangeOfProgrammesNewEnrolmentStartsOnOrAfterTheEffectiveDateAndEndsAfterItsStart() {
        Map<String, Object> details = new HashMap<>(Map.of("programmeId", PROGRAMME.toString(),
                "startDate", "2026-01-01", "plannedEndDate", "2026-01-01", "epaoId", "nope"));

        assertThat(parseErrors("CHANGE_OF_PROGRAMME", "2026-02-01", details))
                .containsKeys("details.startDate", "details.plannedEndDate", "details.epaoId");
    }

    @Test
    void aChangeOfEmployerIsOnlyForAnActiveLearnerAndAnotherEmployer() {
        CircumstanceChange sameEmployer = new CircumstanceChange.ChangeOfEmployer(START, EMPLOYER, ADDRESS, MANAGER, null);
        CircumstanceChange newEmployer = new CircumstanceChange.ChangeOfEmployer(START,
                new EmployerId(UUID.randomUUID()), new EmployerAddressId(UUID.randomUUID()),
                new ManagerId(UUID.randomUUID()), null);

        assertThat(refusals(sameEmployer, active)).containsOnlyKeys("details.employerId");
        assertThat(refusals(newEmployer, active)).isEmpty();
        assertThat(refusals(newEmployer, active.onBreak())).containsOnlyKeys("type");
        assertThat(parseErrors("CHANGE_OF_EMPLOYER", "2026-01-01", Map.of("employerId", "x")))
                .containsEntry("details.employerId", "must be an ID (a UUID)")
                .containsEntry("details.employerAddressId", "is required")
                .containsEntry("details.managerId", "is required");
    }

    @Test
    void aChangeOfWorkingConditionsNeedsANewAddressOrANewManager() {
        assertThat(parseErrors("CHANGE_OF_WORKING_CONDITIONS", "2026-01-01", Map.of()))
                .containsOnlyKeys("details");
        assertThat(refusals(new CircumstanceChange.ChangeOfWorkingConditions(START, ADDRESS, MANAGER), active))
                .containsOnlyKeys("details.employerAddressId", "details.managerId");
        assertThat(refusals(new CircumstanceChange.ChangeOfWorkingConditions(START, null,
                new ManagerId(UUID.randomUUID())), active)).isEmpty();
    }

    @Test
    void anEffectiveDateBeforeTheProgrammeStartIsRefused() {
        CircumstanceChange early = parse("BREAK_IN_LEARNING", "2025-08-31", Map.of());

        assertThat(refusals(early, active)).containsEntry("effectiveDate",
                "must not be before the programme start date 2025-09-01");
    }

    @Test
    void unknownTypesAndDetailsAreFieldErrors() {
        assertThat(parseErrors("HOLIDAY", null, Map.of())).containsOnlyKeys("type", "effectiveDate");
        assertThat(parseErrors("BREAK_IN_LEARNING", "2026-01-01", Map.of("withdrawReason", 44, "colour", "red")))
                .containsOnlyKeys("details.withdrawReason", "details.colour");
        assertThat(parseErrors("BREAK_IN_LEARNING", "2026-01-01", Map.of("expectedReturnDate", "soon")))
                .containsEntry("details.expectedReturnDate", "must be a date in the form yyyy-MM-dd");
    }

    @Test
    void eachChangeReadsBackFromItsOwnDetails() {
        CircumstanceChange move = programmeChange(PROGRAMME, "Web");

        assertThat(parse(move.type().name(), move.effectiveDate().toString(), move.details())).isEqualTo(move);
        assertThat(move.circumstance()).contains(CircumstanceType.CHANGE_OF_PROGRAMME);
        assertThat(new CircumstanceChange.ChangeOfEmployer(START, EMPLOYER, ADDRESS, MANAGER, null).circumstance())
                .isEmpty();
    }

    @Test
    void PC_3_aConnectedRegistrationMovesToTheNewEpaosConnectionAwaitingItsRecord() {
        EpaConnectionId newConnection = new EpaConnectionId(UUID.randomUUID());
        EpaRegistration connected = new EpaRegistration(RegistrationMode.CONNECTED, EPAO,
                new EpaConnectionId(UUID.randomUUID()), "APP-1");

        assertThat(connected.afterMoveTo(OTHER_EPAO, Optional.of(newConnection), false))
                .isEqualTo(new EpaRegistration(RegistrationMode.CONNECTED, OTHER_EPAO, newConnection, null));
        assertThat(connected.afterMoveTo(EPAO, Optional.of(newConnection), false)).isSameAs(connected);
    }

    @Test
    void PC_1_CC_5_aConnectedRegistrationBecomesManualWithoutAConnectionOrWhenAppliedManually() {
        EpaRegistration connected = new EpaRegistration(RegistrationMode.CONNECTED, EPAO,
                new EpaConnectionId(UUID.randomUUID()), "APP-1");
        EpaRegistration manual = new EpaRegistration(RegistrationMode.MANUAL, OTHER_EPAO, null, null);

        assertThat(connected.afterMoveTo(OTHER_EPAO, Optional.empty(), false)).isEqualTo(manual);
        assertThat(connected.afterMoveTo(OTHER_EPAO, Optional.of(new EpaConnectionId(UUID.randomUUID())), true))
                .isEqualTo(manual);
    }

    @Test
    void PC_2_aManualOrMissingRegistrationStaysAsItIs() {
        EpaRegistration manual = new EpaRegistration(RegistrationMode.MANUAL, EPAO, null, null);
        Optional<EpaConnectionId> connection = Optional.of(new EpaConnectionId(UUID.randomUUID()));

        assertThat(manual.afterMoveTo(OTHER_EPAO, connection, false)).isSameAs(manual);
        assertThat(EpaRegistration.NONE.afterMoveTo(OTHER_EPAO, connection, false)).isSameAs(EpaRegistration.NONE);
    }

    private static CircumstanceChange programmeChange(ProgrammeId programme, String option) {
        Map<String, Object> details = new HashMap<>(Map.of("programmeId", programme.toString(),
                "startDate", "2026-02-01", "plannedEndDate", "2027-09-01"));
        if (option != null) {
            details.put("option", option);
        }
        return parse(AutomationType.CHANGE_OF_PROGRAMME.name(), "2026-02-01", details);
    }

    @Test
    void aDateOfBirthIsCheckedAsOnTheDayTheChangeWasAskedForSoThatAStoredRequestStillReadsYearsLater() {
        Map<String, Object> details = Map.of("dateOfBirth", "1911-06-01");
        FieldChecks asked = new FieldChecks();
        FieldChecks yearsLater = new FieldChecks();

        new CircumstanceInput("CHANGE_OF_PERSONAL_DETAILS", LocalDate.parse("2026-01-05"), details)
                .parse(asked, LocalDate.parse("2026-01-05"));
        new CircumstanceInput("CHANGE_OF_PERSONAL_DETAILS", LocalDate.parse("2026-01-05"), details)
                .parse(yearsLater, LocalDate.parse("2030-01-05"));

        assertThat(errors(asked)).isEmpty();
        assertThat(errors(yearsLater)).containsOnlyKeys("details.dateOfBirth");
    }

    private static CircumstanceChange parse(String type, String effectiveDate, Map<String, Object> details) {
        FieldChecks checks = new FieldChecks();
        CircumstanceChange change = new CircumstanceInput(type, LocalDate.parse(effectiveDate), details).parse(checks);
        checks.throwIfAny();
        return change;
    }

    private static Map<String, String> parseErrors(String type, String effectiveDate, Map<String, Object> details) {
        FieldChecks checks = new FieldChecks();
        new CircumstanceInput(type, effectiveDate == null ? null : LocalDate.parse(effectiveDate), details)
                .parse(checks);
        return errors(checks);
    }

    private static Map<String, String> refusals(CircumstanceChange change, Learner learner) {
        FieldChecks checks = new FieldChecks();
        change.check(learner, checks);
        return errors(checks);
    }

    private static Map<String, String> errors(FieldChecks checks) {
        Map<String, String> errors = new HashMap<>();
        try {
            checks.throwIfAny();
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.put(error.field(), error.message()));
        }
        return errors;
    }
}
