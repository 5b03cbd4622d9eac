package uk.learnersync.provider.sync;

import java.time.LocalDate;

/**
 * The learner's current record as an EPA platform sees it, read at send time: sending state rather
 * than differences makes retries and duplicates harmless.
 */
public record LearnerSnapshot(Details learner, Employer employer, Contact employerContact, Contact tutor,
                              Programme programme) {

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
    }
}
