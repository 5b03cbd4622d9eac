package uk.learnersync.provider.learners;

import java.time.LocalDate;

import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.staff.CaseOwnerId;

/**
 * A learner as other modules read it: the ILR personal details, the people and employer linked to
 * the learner, the current enrolment and the EPA registration.
 */
public record Learner(LearnerId id, ProviderId providerId, String learnRefNumber, Uln uln, String givenNames,
                      String familyName, LocalDate dateOfBirth, Sex sex, Ethnicity ethnicity, String email,
                      CaseOwnerId caseOwnerId, ManagerId managerId, EmployerId employerId,
                      EmployerAddressId employerAddressId, Enrolment enrolment, EpaRegistration registration,
                      LearnerStatus status, Integer withdrawReason) {

    /** A new learner on programme, not registered with any EPAO yet. */
    public static Learner enrol(LearnerId id, ProviderId providerId, String learnRefNumber, PersonalDetails details,
                                LearnerLinks links, Enrolment enrolment) {
        return new Learner(id, providerId, learnRefNumber, details.uln(), details.givenNames(), details.familyName(),
                details.dateOfBirth(), details.sex(), details.ethnicity(), details.email(), links.caseOwnerId(),
                links.managerId(), links.employerId(), links.employerAddressId(), enrolment, EpaRegistration.NONE,
                LearnerStatus.ACTIVE, null);
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
                enrolment, registration, status, withdrawReason);
    }

    public Learner withEnrolment(Enrolment newEnrolment) {
        return new Learner(id, providerId, learnRefNumber, uln, givenNames, familyName, dateOfBirth, sex, ethnicity,
                email, caseOwnerId, managerId, employerId, employerAddressId, newEnrolment, registration, status,
                withdrawReason);
    }

    public Learner withRegistration(EpaRegistration newRegistration) {
        return new Learner(id, providerId, learnRefNumber, uln, givenNames, familyName, dateOfBirth, sex, ethnicity,
                email, caseOwnerId, managerId, employerId, employerAddressId, enrolment, newRegistration, status,
                withdrawReason);
    }
}
