package uk.learnersync.provider.sync.internal;

import java.util.UUID;

import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.learners.LearnerLink;
import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.provider.staff.CaseOwnerId;

/** The kinds of record whose change fans out to linked learners, as stored in a fan-out row (FO-1, CV-5). */
enum LinkType {
    CASE_OWNER,
    MANAGER,
    EMPLOYER,
    EMPLOYER_ADDRESS,
    PROGRAMME;

    LearnerLink link(UUID id) {
        return switch (this) {
            case CASE_OWNER -> new LearnerLink.ToCaseOwner(new CaseOwnerId(id));
            case MANAGER -> new LearnerLink.ToManager(new ManagerId(id));
            case EMPLOYER -> new LearnerLink.ToEmployer(new EmployerId(id));
            case EMPLOYER_ADDRESS -> new LearnerLink.ToEmployerAddress(new EmployerAddressId(id));
            case PROGRAMME -> new LearnerLink.ToProgramme(new ProgrammeId(id));
        };
    }
}
