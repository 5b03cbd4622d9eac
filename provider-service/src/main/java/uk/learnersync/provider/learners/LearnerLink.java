package uk.learnersync.provider.learners;

import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.staff.CaseOwnerId;

/** What a fan-out follows from a changed record to its learners (FO-1). */
public sealed interface LearnerLink {

    record ToCaseOwner(CaseOwnerId caseOwnerId) implements LearnerLink {
    }

    record ToManager(ManagerId managerId) implements LearnerLink {
    }

    record ToEmployer(EmployerId employerId) implements LearnerLink {
    }

    record ToEmployerAddress(EmployerAddressId addressId) implements LearnerLink {
    }

    /** The learners enrolled on a programme, whose definition changed (CV-5). */
    record ToProgramme(ProgrammeId programmeId) implements LearnerLink {
    }
}
