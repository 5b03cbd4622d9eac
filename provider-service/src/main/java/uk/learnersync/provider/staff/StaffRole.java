package uk.learnersync.provider.staff;

/** What a provider user may do in the web pages. */
public enum StaffRole {
    /** Everything, including connections, the sync policy and users. */
    ADMIN,
    /** Approves or rejects process automations. */
    APPROVER,
    /** Keeps learner records. */
    TUTOR,
    /** Reads, changes nothing. */
    READ_ONLY
}
