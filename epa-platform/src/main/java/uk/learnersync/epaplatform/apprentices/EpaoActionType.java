package uk.learnersync.epaplatform.apprentices;

/** What the EPAO's staff do to an apprentice's record on the platform. */
public enum EpaoActionType {
    GATEWAY_CONFIRMED("Gateway confirmed"),
    RESULT_RECORDED("Result recorded"),
    CERTIFIED("Certificate issued"),
    WITHDRAWN_BY_EPAO("Withdrawn by the EPAO"),
    BACK_INTO_LEARNING("Back into learning for a retake");

    private final String label;

    EpaoActionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
