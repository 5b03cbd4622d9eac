package uk.learnersync.provider.sync.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaConnections;
import uk.learnersync.provider.epa.EpaConnections.Credentials;
import uk.learnersync.provider.shared.ProviderId;

/**
 * The connections' decrypted credentials for one claimed batch of tasks, read at most once per
 * connection: reading and decrypting them for each task was an eighth of the workers' CPU. Every
 * task is claimed before its batch reads them, so a task never goes with credentials older than the
 * task itself, on any instance; a refusal reads them again, in case they were replaced meanwhile.
 */
final class BatchCredentials {

    private final EpaConnections connections;
    private final Map<EpaConnectionId, Optional<Credentials>> read = new HashMap<>();

    BatchCredentials(EpaConnections connections) {
        this.connections = connections;
    }

    Optional<Credentials> of(ProviderId providerId, EpaConnectionId connectionId) {
        return read.computeIfAbsent(connectionId, id -> connections.credentials(providerId, id));
    }

    /** The connection's credentials or their state changed: the batch's next task reads them again. */
    void forget(EpaConnectionId connectionId) {
        read.remove(connectionId);
    }
}
