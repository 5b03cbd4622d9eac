package uk.learnersync.epaplatform.apprentices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An apprentice as the APIs show it: the {@code ApprenticeRecord} of API-CONTRACT.md, field for field. */
public record ApprenticeRecord(String apprenticeId, String providerUkprn, String uln, String givenNames,
                               String familyName, LocalDate dateOfBirth, String sex, int ethnicity, String email,
                               ApprenticeStatus status, Employer employer, Contact employerContact, Contact tutor,
                               List<Programme> programmes, List<Circumstance> circumstances, Instant updatedAt) {

    public static ApprenticeRecord of(Apprentice apprentice) {
        LearnerDetails learner = apprentice.learner();
        return new ApprenticeRecord(apprentice.id().toString(), apprentice.providerUkprn().value(), learner.uln(),
                learner.givenNames(), learner.familyName(), learner.dateOfBirth(), learner.sex(), learner.ethnicity(),
                learner.email(), apprentice.status(), apprentice.employer(), apprentice.employerContact(),
                apprentice.tutor(), apprentice.programmes(), apprentice.circumstances(), apprentice.updatedAt());
    }
}
