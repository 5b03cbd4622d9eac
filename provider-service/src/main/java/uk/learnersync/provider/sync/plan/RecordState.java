package uk.learnersync.provider.sync.plan;

import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.sync.PlatformRecord;

/**
 * A learner's record on the platform behind one connection: the one the learner is registered
 * through now ({@code active}), or one the learner has left. A learner who returns to a connection
 * gets a fresh record there, so a learner may have several records on one connection over time.
 *
 * @param apprenticeId the platform's ID of the record, known once its registration was delivered
 * @param desired      what the rules say the platform should hold; delivery drives the platform to it
 */
public record RecordState(RecordId id, EpaConnectionId connectionId, EpaoId epaoId, boolean active,
                          String apprenticeId, PlatformRecord desired) {

    public RecordState withDesired(PlatformRecord newDesired) {
        return new RecordState(id, connectionId, epaoId, active, apprenticeId, newDesired);
    }

    public RecordState left() {
        return new RecordState(id, connectionId, epaoId, false, apprenticeId, desired);
    }

    /** Whether the platform has the record yet. */
    public boolean onPlatform() {
        return apprenticeId != null;
    }
}
