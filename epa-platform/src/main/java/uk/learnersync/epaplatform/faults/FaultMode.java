package uk.learnersync.epaplatform.faults;

public enum FaultMode {
    /** Normal service. */
    NONE,
    /** Every provider-facing call answers 503. */
    DOWN,
    /** A share ({@code errorRate}) of provider-facing calls answers 500 without applying anything. */
    ERRORS,
    /** Provider-facing calls answer after {@code delayMs}. */
    SLOW,
    /** Every provider-facing write answers 422, a permanent refusal. */
    REJECT
}
