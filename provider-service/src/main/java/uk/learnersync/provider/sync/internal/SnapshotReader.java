package uk.learnersync.provider.sync.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.employers.Employer;
import uk.learnersync.provider.employers.EmployerAddress;
import uk.learnersync.provider.employers.Employers;
import uk.learnersync.provider.employers.Manager;
import uk.learnersync.provider.learners.Enrolment;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.programmes.Programme;
import uk.learnersync.provider.programmes.Programmes;
import uk.learnersync.provider.staff.CaseOwner;
import uk.learnersync.provider.staff.CaseOwners;
import uk.learnersync.provider.sync.LearnerSnapshot;

/** Reads a learner's current record, with its employer, manager, case owner and programme, as one snapshot. */
@Component
class SnapshotReader {

    private final Employers employers;
    private final CaseOwners caseOwners;
    private final Programmes programmes;

    SnapshotReader(Employers employers, CaseOwners caseOwners, Programmes programmes) {
        this.employers = employers;
        this.caseOwners = caseOwners;
        this.programmes = programmes;
    }

    @Transactional(readOnly = true)
    LearnerSnapshot read(Learner learner) {
        LearnerSnapshot.Details details = new LearnerSnapshot.Details(learner.uln().value(), learner.givenNames(),
                learner.familyName(), learner.dateOfBirth(), learner.sex().name(), learner.ethnicity().code(),
                learner.email());
        return new LearnerSnapshot(details, employer(learner), manager(learner), tutor(learner), programme(learner));
    }

    private LearnerSnapshot.Employer employer(Learner learner) {
        if (learner.employerId() == null) {
            return null;
        }
        Employer employer = employers.find(learner.providerId(), learner.employerId()).orElse(null);
        if (employer == null) {
            return null;
        }
        EmployerAddress address = learner.employerAddressId() == null
                ? null
                : employer.address(learner.employerAddressId()).orElse(null);
        return new LearnerSnapshot.Employer(employer.name(), address == null ? null : new LearnerSnapshot.Address(
                address.line1(), address.line2(), address.line3(), address.town(), address.postcode().value()));
    }

    private LearnerSnapshot.Contact manager(Learner learner) {
        if (learner.managerId() == null) {
            return null;
        }
        return employers.findManager(learner.providerId(), learner.managerId())
                .map(SnapshotReader::contact)
                .orElse(null);
    }

    private LearnerSnapshot.Contact tutor(Learner learner) {
        if (learner.caseOwnerId() == null) {
            return null;
        }
        return caseOwners.find(learner.providerId(), learner.caseOwnerId())
                .map(SnapshotReader::contact)
                .orElse(null);
    }

    private LearnerSnapshot.Programme programme(Learner learner) {
        Enrolment enrolment = learner.enrolment();
        if (enrolment == null) {
            return null;
        }
        Programme programme = programmes.find(learner.providerId(), enrolment.programmeId()).orElse(null);
        if (programme == null) {
            return null;
        }
        return new LearnerSnapshot.Programme(programme.standardCode(), programme.standardReference(),
                programme.standardVersion(), enrolment.option(), enrolment.startDate(), enrolment.plannedEndDate());
    }

    private static LearnerSnapshot.Contact contact(Manager manager) {
        return new LearnerSnapshot.Contact(manager.givenName(), manager.familyName(), manager.email(), manager.phone());
    }

    private static LearnerSnapshot.Contact contact(CaseOwner caseOwner) {
        return new LearnerSnapshot.Contact(caseOwner.givenName(), caseOwner.familyName(), caseOwner.email(),
                caseOwner.phone());
    }
}
