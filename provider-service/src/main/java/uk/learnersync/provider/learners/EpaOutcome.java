package uk.learnersync.provider.learners;

import java.time.LocalDate;

/**
 * The ILR completion an EPA result proposes (TW-2), for a person to approve: the learning completed
 * (CompStatus 2) on the gateway date, when the practical period ended (the assessment date when the
 * gateway is not known), and achieved on the assessment date with the grade, or not achieved on a fail.
 */
public record EpaOutcome(OutGrade grade, LocalDate assessmentDate, LocalDate learnActEndDate, Outcome outcome,
                         LocalDate achievementDate, OutGrade outGrade) {

    public static EpaOutcome proposedFor(OutGrade grade, LocalDate assessmentDate, LocalDate gatewayDate) {
        return new EpaOutcome(grade, assessmentDate, gatewayDate == null ? assessmentDate : gatewayDate,
                grade.passed() ? Outcome.ACHIEVED : Outcome.NO_ACHIEVEMENT,
                grade.passed() ? assessmentDate : null, grade);
    }

    /** The ILR CompStatus it sets: the learning activities are completed. */
    public int compStatus() {
        return LearnerStatus.COMPLETED.compStatus();
    }
}
