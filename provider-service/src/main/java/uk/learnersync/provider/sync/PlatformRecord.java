package uk.learnersync.provider.sync;

import java.time.LocalDate;

/**
 * A learner's record on one EPA platform, section by section, with the status the platform shows.
 * The sync engine keeps, for each of a learner's records, the one the rules say the platform should
 * hold (its desired state), and delivery sends sections of it: sending state rather than differences
 * makes retries, duplicates and bursts of edits harmless.
 */
public record PlatformRecord(Details learner, Employer employer, Contact employerContact, Contact tutor,
                             Programme programme, PlatformStatus status) {

    public record Details(String uln, String givenNames, String familyName, LocalDate dateOfBirth, String sex,
                          int ethnicity, String email) {
    }

    public record Employer(String name, Address address) {
    }

    public record Address(String line1, String line2, String line3, String town, String postcode) {
    }

    public record Contact(String givenName, String familyName, String email, String phone) {
    }

    public record Programme(int standardCode, String standardReference, String standardVersion, String option,
                            LocalDate startDate, LocalDate plannedEndDate) {

        public Programme withDates(LocalDate newStartDate, LocalDate newPlannedEndDate) {
            return new Programme(standardCode, standardReference, standardVersion, option, newStartDate,
                    newPlannedEndDate);
        }

        public Programme withPlannedEndDate(LocalDate newPlannedEndDate) {
            return withDates(startDate, newPlannedEndDate);
        }
    }

    public PlatformRecord withLearner(Details newLearner) {
        return new PlatformRecord(newLearner, employer, employerContact, tutor, programme, status);
    }

    public PlatformRecord withEmployer(Employer newEmployer) {
        return new PlatformRecord(learner, newEmployer, employerContact, tutor, programme, status);
    }

    public PlatformRecord withEmployerContact(Contact newContact) {
        return new PlatformRecord(learner, employer, newContact, tutor, programme, status);
    }

    public PlatformRecord withTutor(Contact newTutor) {
        return new PlatformRecord(learner, employer, employerContact, newTutor, programme, status);
    }

    public PlatformRecord withProgramme(Programme newProgramme) {
        return new PlatformRecord(learner, employer, employerContact, tutor, newProgramme, status);
    }

    public PlatformRecord withStatus(PlatformStatus newStatus) {
        return new PlatformRecord(learner, employer, employerContact, tutor, programme, newStatus);
    }
}
