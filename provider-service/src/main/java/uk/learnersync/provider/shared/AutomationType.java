package uk.learnersync.provider.shared;

/**
 * The process-automation trackers a provider can raise; which one caused a change decides some rules
 * (MG-5, MG-6). {@code CHANGE_OF_PERSONAL_DETAILS} is a name change with evidence, for example (ILR-3).
 */
public enum AutomationType {
    BREAK_IN_LEARNING,
    RETURN_TO_LEARNING,
    WITHDRAWAL,
    CHANGE_OF_PROGRAMME,
    CHANGE_OF_EMPLOYER,
    CHANGE_OF_WORKING_CONDITIONS,
    CHANGE_OF_PERSONAL_DETAILS,
    /** Raised by LearnerSync itself when an EPA result is read back, proposing the ILR completion (TW-2). */
    EPA_OUTCOME
}
