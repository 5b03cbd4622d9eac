package uk.learnersync.provider.shared;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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
    IMPORT,
    /** What an EPAO's platform recorded, read back by LearnerSync (TW-1..TW-3): a gateway, a result, a withdrawal. */
    READ_BACK,
    /** A repair a reconciliation sends, of what a platform holds that differs from what it should (TW-4). */
    RECONCILIATION;

    /** The channels through which the provider's own records change, which the sync rules decide by. */
    public static final Set<Channel> OF_CHANGES = Collections.unmodifiableSet(EnumSet.of(UI, API, AUTOMATION,
            MANUAL, IMPORT));
}
