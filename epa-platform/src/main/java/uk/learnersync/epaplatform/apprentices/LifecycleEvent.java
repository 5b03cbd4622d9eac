package uk.learnersync.epaplatform.apprentices;

/** What moves an apprentice through {@link Lifecycle}: the provider's changes and the EPAO staff's actions. */
public enum LifecycleEvent {
    BREAK_IN_LEARNING("a break in learning"),
    RETURN_TO_LEARNING("a return to learning"),
    /** A withdrawal by the provider, or its transfer of the apprentice to another EPAO. */
    WITHDRAWAL("a withdrawal"),
    CANCELLATION("a cancellation"),
    /** The change-of-programme circumstance: it records the change and leaves the status. */
    CHANGE_OF_PROGRAMME("a change of programme"),
    /** A programme change that stops the active programme and starts another. */
    PROGRAMME_STARTED("a new programme"),
    GATEWAY_CONFIRMED("a gateway"),
    PASSED("a pass"),
    FAILED("a fail"),
    CERTIFIED("a certificate"),
    WITHDRAWN_BY_EPAO("a withdrawal by the EPAO"),
    BACK_INTO_LEARNING("a return into learning for a retake");

    private final String description;

    LifecycleEvent(String description) {
        this.description = description;
    }

    /** The event in a sentence, e.g. "a break in learning". */
    public String description() {
        return description;
    }
}
