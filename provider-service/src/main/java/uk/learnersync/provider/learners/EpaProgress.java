package uk.learnersync.provider.learners;

import java.time.LocalDate;

/**
 * What the EPAO's platform records of the learner's end-point assessment, as read back from it
 * (TW-1..TW-3): the record's status there, the gateway date, the grade and the assessment date.
 */
public record EpaProgress(String platformStatus, LocalDate gatewayDate, String grade, LocalDate assessmentDate) {

    public static final EpaProgress NONE = new EpaProgress(null, null, null, null);

    /** Whether it holds a result that {@code before} did not: a new EPA outcome to propose. */
    public boolean newResultSince(EpaProgress before) {
        return grade != null && assessmentDate != null
                && (!grade.equals(before.grade()) || !assessmentDate.equals(before.assessmentDate()));
    }
}
