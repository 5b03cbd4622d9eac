package uk.learnersync.provider.ilr;

import uk.learnersync.provider.ilr.IlrRule.Severity;

/**
 * One finding about one learner of an imported file.
 *
 * @param rule ESFA's rule name, e.g. {@code ULN_04}, or {@link #LEARNERSYNC} where LearnerSync's own
 *             record of the learner refused a value that ESFA's rules accept
 */
public record ImportError(String learnRefNumber, String uln, String rule, Severity severity, String message) {

    /** The rule name of a refusal by LearnerSync's own checks of a learner, programme or employer. */
    public static final String LEARNERSYNC = "LearnerSync";

    public static ImportError of(String learnRefNumber, String uln, IlrRule rule, String detail) {
        return new ImportError(learnRefNumber, uln, rule.dfeName(), rule.severity(),
                detail == null ? rule.message() : rule.message() + " (" + detail + ")");
    }

    /** Whether the finding rejects the learner: an error does, a warning does not. */
    public boolean rejectsLearner() {
        return severity == Severity.E;
    }
}
