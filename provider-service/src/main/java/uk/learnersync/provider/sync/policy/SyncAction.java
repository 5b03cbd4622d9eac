package uk.learnersync.provider.sync.policy;

/** What the EPA platform is told when a rule fires; each maps to one call of its API. */
public enum SyncAction {
    /** Register the apprentice with the full record (RG-1). */
    REGISTER,
    UPDATE_LEARNER_DETAILS,
    UPDATE_EMPLOYER,
    UPDATE_EMPLOYER_CONTACT,
    UPDATE_TUTOR,
    UPDATE_PROGRAMME_DATES,
    /** Amend the active programme in place: its standard version (CV-5). */
    UPDATE_PROGRAMME,
    RECORD_CIRCUMSTANCE,
    /** Stop the old programme and start the new one (PC-4, PC-5). */
    CHANGE_PROGRAMME,
    /** Withdraw the apprentice from a connection the learner has left (PC-3). */
    WITHDRAW_FROM_CONNECTION,
    /** Nothing is sent; the sync log records the rule that says so. */
    NOTHING
}
