package uk.learnersync.epaplatform.apprentices;

/** What the EPAO's staff do to an apprentice's record on the platform. */
public enum EpaoActionType {
    GATEWAY_CONFIRMED, RESULT_RECORDED, CERTIFIED, WITHDRAWN_BY_EPAO, BACK_INTO_LEARNING
}
