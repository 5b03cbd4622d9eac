package uk.learnersync.epaplatform.apprentices;

import java.time.LocalDate;

/** The apprentice's personal details; {@code email} may be absent. */
public record LearnerDetails(String uln, String givenNames, String familyName, LocalDate dateOfBirth, String sex,
                             int ethnicity, String email) {
}
