package uk.learnersync.epaplatform.apprentices;

/** The provider-facing writes, as the history names them. */
public enum Call {
    REGISTER, UPDATE_LEARNER, UPDATE_EMPLOYER, UPDATE_EMPLOYER_CONTACT, UPDATE_TUTOR, UPDATE_PROGRAMME_DATES,
    AMEND_PROGRAMME, CHANGE_PROGRAMME, RECORD_CIRCUMSTANCE
}
