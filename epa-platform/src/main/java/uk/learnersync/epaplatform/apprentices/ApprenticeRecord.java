package uk.learnersync.epaplatform.apprentices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An apprentice as the APIs show it: the {@code ApprenticeRecord} of API-CONTRACT.md, field for
 * field, with the apprentice's phone and postal address and the EPAO's actions besides. Its status,
 * gateway and result are those of the day it was read.
 */
public record ApprenticeRecord(String apprenticeId, String providerUkprn, String uln, String givenNames,
                               String familyName, LocalDate dateOfBirth,
                               @Schema(allowableValues = {"F", "M"}) String sex, int ethnicity,
                               @Schema(nullable = true) String email, @Schema(nullable = true) String phone,
                               @Schema(nullable = true) Address address, ApprenticeStatus status,
                               @Schema(nullable = true) Gateway gateway, @Schema(nullable = true) Result result,
                               Employer employer, @Schema(nullable = true) Contact employerContact,
                               @Schema(nullable = true) Contact tutor, List<Programme> programmes,
                               List<Circumstance> circumstances, List<EpaoAction> epaoActions, Instant updatedAt) {

    /** The record as it stands today, on the platform's calendar. */
    public static ApprenticeRecord asOfToday(Apprentice apprentice) {
        return of(apprentice, PlatformCalendar.today());
    }

    public static ApprenticeRecord of(Apprentice apprentice, LocalDate today) {
        LearnerDetails learner = apprentice.learner();
        Standing standing = apprentice.standing(today);
        return new ApprenticeRecord(apprentice.id().toString(), apprentice.providerUkprn().value(),
                learner.uln().value(), learner.givenNames(), learner.familyName(), learner.dateOfBirth(),
                learner.sex().name(), learner.ethnicity(), learner.email(), learner.phone(), learner.address(),
                standing.status(), standing.gateway(), standing.result(), apprentice.employer(),
                apprentice.employerContact(), apprentice.tutor(), apprentice.programmes(), apprentice.circumstances(),
                apprentice.epaoActions(), apprentice.updatedAt());
    }
}
