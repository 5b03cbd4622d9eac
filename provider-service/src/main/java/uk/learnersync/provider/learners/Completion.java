package uk.learnersync.provider.learners;

import java.time.LocalDate;

/**
 * The ILR completion fields of the programme aim, set when a person approves an EPA outcome (TW-2);
 * LearnActEndDate and CompStatus are the learner's own.
 */
public record Completion(Outcome outcome, LocalDate achievementDate, OutGrade outGrade) {

    public static final Completion NONE = new Completion(null, null, null);
}
