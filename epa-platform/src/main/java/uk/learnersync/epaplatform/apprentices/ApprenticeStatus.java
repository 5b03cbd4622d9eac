package uk.learnersync.epaplatform.apprentices;

/**
 * Where an apprentice stands on the platform, as epaPRO shows it. The first four are open: the
 * apprentice is still learning or being assessed. The last four close the record: the provider may
 * still correct its details, but nothing may reopen it (see {@link Lifecycle}).
 */
public enum ApprenticeStatus {
    ON_PROGRAMME("On programme", false),
    SUSPENDED("Break in learning", false),
    /** Failed the assessment and, on a retake, back into learning before a new gateway. */
    BACK_INTO_LEARNING("Back into learning", false),
    /** Failed the assessment: a resit or a retake is being decided. */
    RETAKE_REVIEW("Retake or resit under review", false),
    WITHDRAWN("Withdrawn", true),
    /** Registered in error. */
    CANCELLED("Cancelled", true),
    /** Passed the assessment. */
    COMPLETED("Completed", true),
    /** Passed, and the certificate is issued. */
    CERTIFIED("Certified", true);

    private final String label;
    private final boolean closed;

    ApprenticeStatus(String label, boolean closed) {
        this.label = label;
        this.closed = closed;
    }

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return closed;
    }

    /** A live record blocks a second one for the same ULN and standard; a withdrawn or cancelled one does not. */
    public boolean isLive() {
        return this != WITHDRAWN && this != CANCELLED;
    }
}
