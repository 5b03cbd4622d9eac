package uk.learnersync.epaplatform.apprentices;

/**
 * What changed an apprentice's record, as its history and the change feed name it: a provider's
 * write through its connection, or an action of the EPAO's staff on the platform.
 */
public enum ChangeKind {
    REGISTER(Origin.PROVIDER, "Registered"),
    UPDATE_LEARNER(Origin.PROVIDER, "Personal details replaced"),
    UPDATE_EMPLOYER(Origin.PROVIDER, "Employer replaced"),
    UPDATE_EMPLOYER_CONTACT(Origin.PROVIDER, "Employer contact replaced"),
    UPDATE_TUTOR(Origin.PROVIDER, "Tutor replaced"),
    UPDATE_PROGRAMME_DATES(Origin.PROVIDER, "Programme dates changed"),
    AMEND_PROGRAMME(Origin.PROVIDER, "Programme amended"),
    CHANGE_PROGRAMME(Origin.PROVIDER, "Programme changed"),
    RECORD_CIRCUMSTANCE(Origin.PROVIDER, "Change of circumstance recorded"),
    GATEWAY_CONFIRMED(Origin.EPAO, "Gateway confirmed"),
    RESULT_RECORDED(Origin.EPAO, "Result recorded"),
    CERTIFIED(Origin.EPAO, "Certificate issued"),
    WITHDRAWN_BY_EPAO(Origin.EPAO, "Withdrawn by the EPAO"),
    BACK_INTO_LEARNING(Origin.EPAO, "Back into learning for a retake"),
    EDITED_ON_PLATFORM(Origin.EPAO, "Personal details edited on the platform");

    /** Who made a change: the provider through its connection, or the EPAO's staff. */
    public enum Origin {
        PROVIDER, EPAO
    }

    private final Origin origin;
    private final String label;

    ChangeKind(Origin origin, String label) {
        this.origin = origin;
        this.label = label;
    }

    public Origin origin() {
        return origin;
    }

    public String label() {
        return label;
    }
}
