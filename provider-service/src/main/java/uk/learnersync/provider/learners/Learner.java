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
}
