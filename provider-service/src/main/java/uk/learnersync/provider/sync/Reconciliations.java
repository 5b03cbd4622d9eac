package uk.learnersync.provider.sync;

import java.util.List;
import java.util.UUID;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/**
 * Reading the provider's records back from their EPA platforms: what the EPAOs recorded (TW-1..TW-3), and
 * where a platform's record drifted from what it should hold (TW-4).
 */
public interface Reconciliations {

    /** Reads back every connection's changes now, as the schedule does; how many changes were read. */
    int readBack(ProviderId providerId);

    /** Starts a reconciliation of every registered record; it runs on while the answer is given. */
    Reconciliation start(ProviderId providerId, ChangeOrigin origin);

    /** {@code NotFoundException} for another provider's. */
    Reconciliation get(ProviderId providerId, UUID id);

    /** The provider's latest reconciliations, newest first, at most {@code limit}. */
    List<Reconciliation> latest(ProviderId providerId, int limit);

    /**
     * Sends the expected state of every record with a difference (rule TW-4, channel RECONCILIATION).
     * {@code ConflictException} while it runs, when it failed, or when it was repaired already.
     */
    Reconciliation repair(ProviderId providerId, UUID id, ChangeOrigin origin);
}
