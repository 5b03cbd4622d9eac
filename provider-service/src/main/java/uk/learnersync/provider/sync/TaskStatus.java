package uk.learnersync.provider.sync;

/** Where a sync task stands; the API shows these names. */
public enum TaskStatus {
    /** Waiting for its turn (its learner's earlier tasks first, or its connection's credentials to work). */
    PENDING,
    /** Failed transiently; will be tried again after a backoff. */
    RETRYING,
    /** The platform has it. */
    DELIVERED,
    /** Failed for good or too often: held for a person, and its learner's later tasks wait behind it. */
    BLOCKED,
    /**
     * Nothing was sent: a rule says so, or a person skipped it when blocked (CV-3); kept so that the sync
     * log shows which rule decided, or who skipped it and why.
     */
    SKIPPED,
    /**
     * The platform refused it for a business reason it named (a field locked after gateway, a closed
     * record): final, shown with that reason, and it holds none of the learner's other changes.
     */
    REFUSED;

    /** Whether the task still has to be delivered or acted on. */
    public boolean unfinished() {
        return this == PENDING || this == RETRYING || this == BLOCKED;
    }
}
