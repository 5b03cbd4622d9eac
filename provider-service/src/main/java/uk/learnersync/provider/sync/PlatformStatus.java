package uk.learnersync.provider.sync;

import uk.learnersync.provider.learners.LearnerStatus;

/** Where the learner stands on an EPA platform's record. */
public enum PlatformStatus {
    ON_PROGRAMME,
    /** On a break in learning. */
    SUSPENDED,
    /** Withdrawn by the provider, or moved to another EPAO (PC-1, PC-3). */
    WITHDRAWN,
    /** Cancelled by the provider: replaced by a new registration of the learner through the same connection. */
    CANCELLED,
    COMPLETED;

    /** The status a record registered now shows for a learner in that state (CV-4: never a fresh start). */
    public static PlatformStatus of(LearnerStatus status) {
        return switch (status) {
            case ACTIVE -> ON_PROGRAMME;
            case ON_BREAK -> SUSPENDED;
            case WITHDRAWN -> WITHDRAWN;
            case COMPLETED -> COMPLETED;
        };
    }

    /** A closed record takes no change that would restart the learner on it (CV-4). */
    public boolean closed() {
        return this == WITHDRAWN || this == CANCELLED || this == COMPLETED;
    }
}
