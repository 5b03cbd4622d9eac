package uk.learnersync.epaplatform.apprentices;

/** A record has exactly one {@code ACTIVE} programme; a change of programme stops the old one. */
public enum ProgrammeStatus {
    ACTIVE, STOPPED
}
