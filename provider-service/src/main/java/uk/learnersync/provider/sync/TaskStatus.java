package uk.learnersync.provider.sync;

/** Where a sync task stands; the API shows these names. */
public enum TaskStatus {
    /** Waiting for its turn (its learner's earlier tasks first). */
    PENDING,
    /** Failed transiently; will be tried again after a backoff. */
    RETRYING,
    /** The platform has it. */
    DELIVERED,
    /** Failed for good or too often: held for a person, and its learner's later tasks wait behind it. */
    BLOCKED,
    /** A rule says nothing is sent; kept so that the sync log shows which rule decided. */
    SKIPPED
}
