package uk.learnersync.provider.learners;

/** Where the learner stands on programme; follows the ILR CompStatus of the programme aim. */
public enum LearnerStatus {
    /** CompStatus 1, continuing. */
    ACTIVE(1),
    /** CompStatus 6, break in learning. */
    ON_BREAK(6),
    /** CompStatus 3, withdrawn. */
    WITHDRAWN(3),
    /** CompStatus 2, completed. */
    COMPLETED(2);

    private final int compStatus;

    LearnerStatus(int compStatus) {
        this.compStatus = compStatus;
    }

    /** The ILR {@code CompStatus} code of the programme aim. */
    public int compStatus() {
        return compStatus;
    }
}
