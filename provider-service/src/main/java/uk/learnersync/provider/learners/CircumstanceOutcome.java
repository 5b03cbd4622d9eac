package uk.learnersync.provider.learners;

import java.util.List;

/**
 * What applying a change of circumstance would do to the learner's records, worked out without
 * applying it: the learner before and after, the circumstance the EPA platform would record (or
 * {@code null}), and each record it writes.
 */
public record CircumstanceOutcome(Learner before, Learner after, AppliedCircumstance circumstance,
                                  List<RecordChange> records) {

    /**
     * One record written: a field of the learner's record that changes, or a row added to one of
     * its histories ({@code before} is then {@code null}).
     */
    public record RecordChange(String record, String field, String before, String after) {
    }
}
