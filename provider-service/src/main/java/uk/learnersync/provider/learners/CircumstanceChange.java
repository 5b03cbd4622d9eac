package uk.learnersync.provider.learners;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.validation.FieldChecks;

/**
 * A change in a learner's circumstances, as a process-automation tracker carries it or as a staff
 * member applies it directly: each well formed, and checked against the learner's record by
 * {@link #check} before it is applied.
 */
public sealed interface CircumstanceChange {

    AutomationType type();

    /** The day the change takes effect. */
    LocalDate effectiveDate();

    /**
     * The details as a request names them, with IDs and dates as text: as the API answers them and as
     * they are stored, for {@link CircumstanceInput} to read back.
     */
    Map<String, Object> details();

    /**
     * Records in {@code checks} why the learner's current record refuses the change: the state it
     * needs, a target that is no change, an effective date before the programme start.
     */
    default void check(Learner learner, FieldChecks checks) {
        LocalDate start = learner.enrolment().startDate();
        if (effectiveDate().isBefore(start)) {
            checks.reject("effectiveDate", "must not be before the programme start date " + start);
        }
        checkState(learner, checks);
    }

    void checkState(Learner learner, FieldChecks checks);

    /** The change of circumstance the EPA platform records for it (CC-1..CC-4); none for employment changes. */
    default Optional<CircumstanceType> circumstance() {
        return switch (type()) {
            case BREAK_IN_LEARNING -> Optional.of(CircumstanceType.BREAK_IN_LEARNING);
            case RETURN_TO_LEARNING -> Optional.of(CircumstanceType.RETURN_TO_LEARNING);
            case WITHDRAWAL -> Optional.of(CircumstanceType.WITHDRAWAL);
            case CHANGE_OF_PROGRAMME -> Optional.of(CircumstanceType.CHANGE_OF_PROGRAMME);
            case CHANGE_OF_EMPLOYER, CHANGE_OF_WORKING_CONDITIONS, CHANGE_OF_PERSONAL_DETAILS, EPA_OUTCOME ->
                    Optional.empty();
        };
    }

    /** Whether the change writes a new employment status (ILR EmpStat): a new employer, site or manager. */
    default boolean changesEmployment() {
        return type() == AutomationType.CHANGE_OF_EMPLOYER || type() == AutomationType.CHANGE_OF_WORKING_CONDITIONS;
    }

    /** Starts a break in learning (CompStatus 6). */
    record BreakInLearning(LocalDate effectiveDate, LocalDate expectedReturnDate) implements CircumstanceChange {

        @Override
        public AutomationType type() {
            return AutomationType.BREAK_IN_LEARNING;
        }

        @Override
        public Map<String, Object> details() {
            return expectedReturnDate == null ? Map.of() : Map.of("expectedReturnDate", expectedReturnDate.toString());
        }

        @Override
        public void checkState(Learner learner, FieldChecks checks) {
            requireStatus(learner, checks, EnumSet.of(LearnerStatus.ACTIVE), "A break in learning starts");
        }
    }

    /** Ends a break: continuing again (CompStatus 1) towards a new planned end date. */
    record ReturnToLearning(LocalDate effectiveDate, LocalDate plannedEndDate) implements CircumstanceChange {

        @Override
        public AutomationType type() {
            return AutomationType.RETURN_TO_LEARNING;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("plannedEndDate", plannedEndDate.toString());
        }

        @Override
        public void checkState(Learner learner, FieldChecks checks) {
            requireStatus(learner, checks, EnumSet.of(LearnerStatus.ON_BREAK), "A return to learning ends a break: it is");
        }
    }

    /** Withdraws the learner (CompStatus 3) for an ILR WithdrawReason, learning ending on the effective date. */
    record Withdrawal(LocalDate effectiveDate, WithdrawReason reason) implements CircumstanceChange {

        @Override
        public AutomationType type() {
            return AutomationType.WITHDRAWAL;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("withdrawReason", reason.code());
        }

        @Override
        public void checkState(Learner learner, FieldChecks checks) {
            requireStatus(learner, checks, EnumSet.of(LearnerStatus.ACTIVE, LearnerStatus.ON_BREAK), "A withdrawal is");
        }
    }

    /**
     * Closes the current enrolment and starts another: another programme, or another option
     * (specialism) of the same one. A missing {@code epaoId} means the new programme's EPAO.
     */
    record ChangeOfProgramme(LocalDate effectiveDate, ProgrammeId programmeId, String option, LocalDate startDate,
                             LocalDate plannedEndDate, EpaoId epaoId) implements CircumstanceChange {

        @Override
        public AutomationType type() {
            return AutomationType.CHANGE_OF_PROGRAMME;
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("programmeId", programmeId.toString());
            if (option != null) {
                details.put("option", option);
            }
            details.put("startDate", startDate.toString());
            details.put("plannedEndDate", plannedEndDate.toString());
            if (epaoId != null) {
                details.put("epaoId", epaoId.value());
            }
            return details;
        }

        @Override
        public void checkState(Learner learner, FieldChecks checks) {
            requireStatus(learner, checks, EnumSet.of(LearnerStatus.ACTIVE, LearnerStatus.ON_BREAK),
                    "A change of programme is");
            Enrolment current = learner.enrolment();
            if (current.programmeId().equals(programmeId) && Objects.equals(current.option(), option)) {
                checks.reject("details.programmeId", "is the learner's current programme and option: a change of "
                        + "programme needs another programme or another option");
            }
        }
    }

    /**
     * Moves the learner to another employer: one of its addresses and one of its managers, and under the
     * new employer's Apprenticeship Service agreement (ILR 2026/27 AgreemId) where it is known.
     */
    record ChangeOfEmployer(LocalDate effectiveDate, EmployerId employerId, EmployerAddressId employerAddressId,
                            ManagerId managerId, AgreemId agreemId) implements CircumstanceChange {

        @Override
        public AutomationType type() {
            return AutomationType.CHANGE_OF_EMPLOYER;
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("employerId", employerId.toString());
            details.put("employerAddressId", employerAddressId.toString());
            details.put("managerId", managerId.toString());
            if (agreemId != null) {
                details.put("agreemId", agreemId.value());
            }
            return details;
        }

        @Override
        public void checkState(Learner learner, FieldChecks checks) {
            requireStatus(learner, checks, EnumSet.of(LearnerStatus.ACTIVE), "A change of employer is");
            if (employerId.equals(learner.employerId())) {
                checks.reject("details.employerId", "is the learner's current employer: a new address or manager "
                        + "there is a CHANGE_OF_WORKING_CONDITIONS");
            }
        }
    }

    /** Another address of the learner's employer, another manager, or both. */
    record ChangeOfWorkingConditions(LocalDate effectiveDate, EmployerAddressId employerAddressId,
                                     ManagerId managerId) implements CircumstanceChange {

        @Override
        public AutomationType type() {
            return AutomationType.CHANGE_OF_WORKING_CONDITIONS;
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            if (employerAddressId != null) {
                details.put("employerAddressId", employerAddressId.toString());
            }
            if (managerId != null) {
                details.put("managerId", managerId.toString());
            }
            return details;
        }

        @Override
        public void checkState(Learner learner, FieldChecks checks) {
            requireStatus(learner, checks, EnumSet.of(LearnerStatus.ACTIVE, LearnerStatus.ON_BREAK),
                    "A change of working conditions is");
            if (learner.employerId() == null) {
                checks.reject("type", "the learner has no employer yet: that is a CHANGE_OF_EMPLOYER");
            }
            if (employerAddressId != null && employerAddressId.equals(learner.employerAddressId())) {
                checks.reject("details.employerAddressId", "is the learner's current address");
            }
            if (managerId != null && managerId.equals(learner.managerId())) {
                checks.reject("details.managerId", "is already the learner's manager");
            }
        }
    }

    /**
     * Corrects the learner's personal details, typically with evidence (a name change by deed poll):
     * the fields given replace the learner's, the others stay (ILR-3). Fields are checked as the
     * learner's own are; a change that changes nothing is refused.
     */
    record ChangeOfPersonalDetails(LocalDate effectiveDate, String givenNames, String familyName,
                                   LocalDate dateOfBirth, Sex sex, Ethnicity ethnicity, String email)
            implements CircumstanceChange {

        @Override
        public AutomationType type() {
            return AutomationType.CHANGE_OF_PERSONAL_DETAILS;
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            if (givenNames != null) {
                details.put("givenNames", givenNames);
            }
            if (familyName != null) {
                details.put("familyName", familyName);
            }
            if (dateOfBirth != null) {
                details.put("dateOfBirth", dateOfBirth.toString());
            }
            if (sex != null) {
                details.put("sex", sex.name());
            }
            if (ethnicity != null) {
                details.put("ethnicity", ethnicity.code());
            }
            if (email != null) {
                details.put("email", email);
            }
            return details;
        }

        @Override
        public void check(Learner learner, FieldChecks checks) {
            checkState(learner, checks);
        }

        @Override
        public void checkState(Learner learner, FieldChecks checks) {
            if (applyTo(learner).personalDetails().equals(learner.personalDetails())) {
                checks.reject("details", "changes nothing: every field given is the learner's already");
            }
            PersonalDetails.checkAgeAtStart(checks, "details.dateOfBirth", applyTo(learner).dateOfBirth(),
                    learner.enrolment().startDate());
        }

        /** The learner with the corrected details. */
        Learner applyTo(Learner learner) {
            PersonalDetails current = learner.personalDetails();
            PersonalDetails corrected = new PersonalDetails(current.uln(),
                    givenNames == null ? current.givenNames() : givenNames,
                    familyName == null ? current.familyName() : familyName,
                    dateOfBirth == null ? current.dateOfBirth() : dateOfBirth,
                    sex == null ? current.sex() : sex,
                    ethnicity == null ? current.ethnicity() : ethnicity,
                    email == null ? current.email() : email);
            return learner.withDetails(learner.learnRefNumber(), corrected, learner.links());
        }
    }

    /**
     * The ILR completion an EPA result proposes (TW-2): CompStatus 2, LearnActEndDate, Outcome, AchDate and
     * OutGrade. Raised by LearnerSync when it reads a result back, applied only when a person approves it.
     */
    record EpaOutcomeChange(LocalDate effectiveDate, EpaOutcome outcome) implements CircumstanceChange {

        @Override
        public AutomationType type() {
            return AutomationType.EPA_OUTCOME;
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("grade", outcome.grade().name());
            details.put("assessmentDate", outcome.assessmentDate().toString());
            details.put("compStatus", outcome.compStatus());
            details.put("learnActEndDate", outcome.learnActEndDate().toString());
            details.put("outcome", outcome.outcome().code());
            if (outcome.achievementDate() != null) {
                details.put("achievementDate", outcome.achievementDate().toString());
            }
            details.put("outGrade", outcome.outGrade().code());
            return details;
        }

        @Override
        public void check(Learner learner, FieldChecks checks) {
            checkState(learner, checks);
        }

        @Override
        public void checkState(Learner learner, FieldChecks checks) {
            requireStatus(learner, checks, EnumSet.of(LearnerStatus.ACTIVE, LearnerStatus.ON_BREAK,
                    LearnerStatus.COMPLETED), "An EPA outcome is recorded");
        }
    }

    private static void requireStatus(Learner learner, FieldChecks checks, Set<LearnerStatus> allowed, String what) {
        if (!allowed.contains(learner.status())) {
            checks.reject("type", what + " only for a learner who is " + String.join(" or ",
                    allowed.stream().map(Enum::name).toList()) + "; the learner is " + learner.status());
        }
    }
}
