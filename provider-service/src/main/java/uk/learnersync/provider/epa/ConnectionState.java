package uk.learnersync.provider.epa;

/** Whether an EPA platform accepts a connection's credentials (CV-2). */
public enum ConnectionState {
    OK,
    /** The platform answered 401 or 403: deliveries through the connection wait, and no learner is blocked. */
    REFUSED
}
