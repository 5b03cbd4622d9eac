package uk.learnersync.epaplatform.apprentices;

import java.time.LocalDate;

/**
 * The apprentice's personal details; {@code email}, {@code phone} and the postal {@code address} may
 * be absent. EPAOs need the phone and address to arrange assessments and send certificates.
 */
public record LearnerDetails(Uln uln, String givenNames, String familyName, LocalDate dateOfBirth, Sex sex,
                             int ethnicity, String email, String phone, Address address) {

    /** Refuses ESFA's temporary ULN: a record on the platform needs the learner's real one. */
    LearnerDetails requireRealUln() {
        if (uln.isTemporary()) {
            throw new Refusal(RefusalCode.TEMPORARY_ULN, "The ULN " + uln + " is ESFA's temporary ULN; "
                    + "the platform needs the learner's real ULN");
        }
        return this;
    }
}
