package uk.learnersync.provider.learners;

import java.time.LocalDate;

import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.shared.Versioned;
import uk.learnersync.provider.staff.CaseOwnerId;

/**
 * A learner as other modules read it: the ILR personal details, the people and employer linked to
 * the learner, the current enrolment and the EPA registration, and where the learner stands on it.
 *
 * @param withdrawReason  the ILR {@code WithdrawReason} code of a withdrawn learner's programme aim
 * @param learnActEndDate the ILR {@code LearnActEndDate} of a withdrawn learner's programme aim
 * @param agreemId        the ILR 2026/27 agreement ID of the learner's employment, if known
 * @param completion      the ILR completion fields (Outcome, AchDate, OutGrade) once an EPA outcome was approved
 * @param epa             what the EPAO's platform records of the end-point assessment, read back from it
 * @param version         moved by every write of the learner's record
 */
public record Learner(LearnerId id, ProviderId providerId, String learnRefNumber, Uln uln, String givenNames,
                      String familyName, LocalDate dateOfBirth, Sex sex, Ethnicity ethnicity, String email,
                      CaseOwnerId caseOwnerId, ManagerId managerId, EmployerId employerId,
                      EmployerAddressId employerAddressId, Enrolment enrolment, EpaRegistration registration,
                      LearnerStatus status, Integer withdrawReason, LocalDate learnActEndDate, AgreemId agreemId,
                      Completion completion, EpaProgress epa, long version) implements Versioned {

    /** A new learner on programme, not registered with any EPAO yet. */
    public static Learner enrol(LearnerId id, ProviderId providerId, String learnRefNumber, PersonalDetails details,
                                LearnerLinks links, Enrolment enrolment) {
        return new Learner(id, providerId, learnRefNumber, details.uln(), details.givenNames(), details.familyName(),
                details.dateOfBirth(), details.sex(), details.ethnicity(), details.email(), links.caseOwnerId(),
                links.managerId(), links.employerId(), links.employerAddressId(), enrolment, EpaRegistration.NONE,
                LearnerStatus.ACTIVE, null, null, null, Completion.NONE, EpaProgress.NONE, 0);
    }

    public PersonalDetails personalDetails() {
        return new PersonalDetails(uln, givenNames, familyName, dateOfBirth, sex, ethnicity, email);
    }

    public LearnerLinks links() {
        return new LearnerLinks(caseOwnerId, managerId, employerId, employerAddressId);
    }

    public Learner withDetails(String newLearnRefNumber, PersonalDetails details, LearnerLinks newLinks) {
        return new Learner(id, providerId, newLearnRefNumber, details.uln(), details.givenNames(),
                details.familyName(), details.dateOfBirth(), details.sex(), details.ethnicity(), details.email(),
                newLinks.caseOwnerId(), newLinks.managerId(), newLinks.employerId(), newLinks.employerAddressId(),
                enrolment, registration, status, withdrawReason, learnActEndDate, agreemId, completion, epa, version);
    }

    /** Employed under another Apprenticeship Service agreement, or none known. */
    public Learner withAgreemId(AgreemId newAgreemId) {
        return new Learner(id, providerId, learnRefNumber, uln, givenNames, familyName, dateOfBirth, sex, ethnicity,
                email, caseOwnerId, managerId, employerId, employerAddressId, enrolment, registration, status,
                withdrawReason, learnActEndDate, newAgreemId, completion, epa, version);
    }

    public Learner withEnrolment(Enrolment newEnrolment) {
        return new Learner(id, providerId, learnRefNumber, uln, givenNames, familyName, dateOfBirth, sex, ethnicity,
                email, caseOwnerId, managerId, employerId, employerAddressId, newEnrolment, registration, status,
                withdrawReason, learnActEndDate, agreemId, completion, epa, version);
    }

    public Learner withRegistration(EpaRegistration newRegistration) {
        return new Learner(id, providerId, learnRefNumber, uln, givenNames, familyName, dateOfBirth, sex, ethnicity,
                email, caseOwnerId, managerId, employerId, employerAddressId, enrolment, newRegistration, status,
                withdrawReason, learnActEndDate, agreemId, completion, epa, version);
    }

    /** The record as written, at the version its write gave it. */
    public Learner atVersion(long newVersion) {
        return new Learner(id, providerId, learnRefNumber, uln, givenNames, familyName, dateOfBirth, sex, ethnicity,
                email, caseOwnerId, managerId, employerId, employerAddressId, enrolment, registration, status,
                withdrawReason, learnActEndDate, agreemId, completion, epa, newVersion);
    }

    /** A break in learning: the programme aim's CompStatus becomes 6. */
    public Learner onBreak() {
        return withStanding(enrolment, LearnerStatus.ON_BREAK, null, null);
    }

    /** Back from a break, continuing (CompStatus 1) towards a new planned end date. */
    public Learner returned(LocalDate plannedEndDate) {
        return withStanding(new Enrolment(enrolment.programmeId(), enrolment.option(), enrolment.startDate(),
                plannedEndDate, enrolment.epaPeriodMonths(), enrolment.epaoId(), enrolment.offTheJob()),
                LearnerStatus.ACTIVE, null, null);
    }

    /** Withdrawn (CompStatus 3) for the reason given, learning having ended on {@code endDate}. */
    public Learner withdrawn(WithdrawReason reason, LocalDate endDate) {
        return withStanding(enrolment, LearnerStatus.WITHDRAWN, reason.code(), endDate);
    }

    /** Employed by another employer, or under new working conditions: at that address, with that manager. */
    public Learner employedAt(EmployerId newEmployerId, EmployerAddressId newAddressId, ManagerId newManagerId) {
        return withDetails(learnRefNumber, personalDetails(),
                new LearnerLinks(caseOwnerId, newManagerId, newEmployerId, newAddressId));
    }

    /** Completed (CompStatus 2) with the ILR completion an approved EPA outcome sets (TW-2). */
    public Learner completed(EpaOutcome outcome) {
        return withStanding(enrolment, LearnerStatus.COMPLETED, null, outcome.learnActEndDate(),
                new Completion(outcome.outcome(), outcome.achievementDate(), outcome.outGrade()));
    }

    /** What the EPAO's platform now records of the learner's end-point assessment. */
    public Learner withEpa(EpaProgress newEpa) {
        return new Learner(id, providerId, learnRefNumber, uln, givenNames, familyName, dateOfBirth, sex, ethnicity,
                email, caseOwnerId, managerId, employerId, employerAddressId, enrolment, registration, status,
                withdrawReason, learnActEndDate, agreemId, completion, newEpa, version);
    }

    private Learner withStanding(Enrolment newEnrolment, LearnerStatus newStatus, Integer newWithdrawReason,
                                 LocalDate newLearnActEndDate) {
        return withStanding(newEnrolment, newStatus, newWithdrawReason, newLearnActEndDate, completion);
    }

    private Learner withStanding(Enrolment newEnrolment, LearnerStatus newStatus, Integer newWithdrawReason,
                                 LocalDate newLearnActEndDate, Completion newCompletion) {
        return new Learner(id, providerId, learnRefNumber, uln, givenNames, familyName, dateOfBirth, sex, ethnicity,
                email, caseOwnerId, managerId, employerId, employerAddressId, newEnrolment, registration, newStatus,
                newWithdrawReason, newLearnActEndDate, agreemId, newCompletion, epa, version);
    }
}
