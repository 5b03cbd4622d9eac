package uk.learnersync.epaplatform.apprentices;

/** The changes of circumstance a provider records, and the {@link LifecycleEvent} each is. */
public enum CircumstanceType {
    BREAK_IN_LEARNING("Break in learning", LifecycleEvent.BREAK_IN_LEARNING),
    RETURN_TO_LEARNING("Return to learning", LifecycleEvent.RETURN_TO_LEARNING),
    WITHDRAWAL("Withdrawal", LifecycleEvent.WITHDRAWAL),
    /** The programme change itself is its own call; this records the circumstance only. */
    CHANGE_OF_PROGRAMME("Change of programme", LifecycleEvent.CHANGE_OF_PROGRAMME),
    /** The provider moved the apprentice to another EPAO (RULES.md PC-3): withdrawn here. */
    TRANSFER_TO_ANOTHER_EPAO("Transfer to another EPAO", LifecycleEvent.WITHDRAWAL),
    CANCELLATION("Cancellation", LifecycleEvent.CANCELLATION);

    private final String label;
    private final LifecycleEvent event;

    CircumstanceType(String label, LifecycleEvent event) {
        this.label = label;
        this.event = event;
    }

    public String label() {
        return label;
    }

    public LifecycleEvent event() {
        return event;
    }
}
