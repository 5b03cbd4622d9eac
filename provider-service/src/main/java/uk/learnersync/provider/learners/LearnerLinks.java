package uk.learnersync.provider.learners;

import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.staff.CaseOwnerId;

/** The people and the employer a learner is linked to; each is optional. */
public record LearnerLinks(CaseOwnerId caseOwnerId, ManagerId managerId, EmployerId employerId,
                           EmployerAddressId employerAddressId) {
}
