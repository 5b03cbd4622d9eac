package uk.learnersync.epaplatform.apprentices;

/** The business reasons for which the platform refuses a change, named so that a provider can act on them. */
public enum RefusalCode {
    /** ESFA's temporary ULN 9999999999: a record needs the learner's real ULN. */
    TEMPORARY_ULN(false),
    /** A second live record for the same ULN and standard at one organisation. */
    DUPLICATE_RECORD(true),
    /** The change would reopen a withdrawn, cancelled, completed or certified record. */
    RECORD_CLOSED(true),
    /** The change would alter the standard, its version or option after the gateway was confirmed. */
    LOCKED_AFTER_GATEWAY(true),
    /** The apprentice's status does not allow it, e.g. a gateway during a break or a result before the gateway. */
    TRANSITION_NOT_ALLOWED(true);

    private final boolean conflict;

    RefusalCode(boolean conflict) {
        this.conflict = conflict;
    }

    /** A conflict with the record's state (409); otherwise the request itself is unacceptable (422). */
    public boolean isConflict() {
        return conflict;
    }
}
