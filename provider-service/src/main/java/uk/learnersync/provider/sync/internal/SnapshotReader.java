package uk.learnersync.provider.sync.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;

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
import uk.learnersync.provider.sync.PlatformRecord;
import uk.learnersync.provider.sync.PlatformStatus;

/**
 * Reads a learner's record now, with its employer, manager, case owner and programme, as an EPA
 * platform would show it. Called inside the change's transaction, so it sees the change itself.
 */
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

    PlatformRecord read(Learner learner) {
        return reading().read(learner);
    }

    /** A reader that reads each linked record once: a fan-out's learners mostly share them. */
    Reading reading() {
        return new Reading();
    }

    final class Reading {

        private final Map<UUID, Optional<Employer>> employerCache = new HashMap<>();
        private final Map<UUID, Optional<Manager>> managerCache = new HashMap<>();
        private final Map<UUID, Optional<CaseOwner>> caseOwnerCache = new HashMap<>();
        private final Map<UUID, Optional<Programme>> programmeCache = new HashMap<>();

        PlatformRecord read(Learner learner) {
            PlatformRecord.Details details = new PlatformRecord.Details(learner.uln().value(), learner.givenNames(),
                    learner.familyName(), learner.dateOfBirth(), learner.sex().name(), learner.ethnicity().code(),
                    learner.email());
            return new PlatformRecord(details, employer(learner), manager(learner), tutor(learner),
                    programme(learner), PlatformStatus.of(learner.status()));
        }

        private PlatformRecord.Employer employer(Learner learner) {
            if (learner.employerId() == null) {
                return null;
            }
            Employer employer = cached(employerCache, learner.employerId().value(),
                    id -> employers.find(learner.providerId(), learner.employerId())).orElse(null);
            if (employer == null) {
                return null;
            }
            EmployerAddress address = learner.employerAddressId() == null
                    ? null
                    : employer.address(learner.employerAddressId()).orElse(null);
            return new PlatformRecord.Employer(employer.name(), address == null ? null : new PlatformRecord.Address(
                    address.line1(), address.line2(), address.line3(), address.town(), address.postcode().value()));
        }

        private PlatformRecord.Contact manager(Learner learner) {
            if (learner.managerId() == null) {
                return null;
            }
            return cached(managerCache, learner.managerId().value(),
                    id -> employers.findManager(learner.providerId(), learner.managerId()))
                    .map(manager -> new PlatformRecord.Contact(manager.givenName(), manager.familyName(),
                            manager.email(), manager.phone()))
                    .orElse(null);
        }

        private PlatformRecord.Contact tutor(Learner learner) {
            if (learner.caseOwnerId() == null) {
                return null;
            }
            return cached(caseOwnerCache, learner.caseOwnerId().value(),
                    id -> caseOwners.find(learner.providerId(), learner.caseOwnerId()))
                    .map(caseOwner -> new PlatformRecord.Contact(caseOwner.givenName(), caseOwner.familyName(),
                            caseOwner.email(), caseOwner.phone()))
                    .orElse(null);
        }

        private PlatformRecord.Programme programme(Learner learner) {
            Enrolment enrolment = learner.enrolment();
            Programme programme = cached(programmeCache, enrolment.programmeId().value(),
                    id -> programmes.find(learner.providerId(), enrolment.programmeId())).orElse(null);
            if (programme == null) {
                return null;
            }
            return new PlatformRecord.Programme(programme.standardCode(), programme.standardReference(),
                    programme.standardVersion(), enrolment.option(), enrolment.startDate(), enrolment.plannedEndDate());
        }

        private static <T> Optional<T> cached(Map<UUID, Optional<T>> cache, UUID id, Function<UUID, Optional<T>> load) {
            return cache.computeIfAbsent(id, load);
        }
    }
}
