package uk.learnersync.provider.shared;

/** How a change entered the system; the sync rules decide by it (spec/RULES.md, "channel"). */
public enum Channel {
    /** A provider user in the web pages. */
    UI,
    /** The REST API. */
    API,
    /** A process-automation tracker that was approved and applied. */
    AUTOMATION,
    /** A staff member applied a change of circumstance directly, without a tracker. */
    MANUAL,
    /** An ILR file. */
    IMPORT
}
