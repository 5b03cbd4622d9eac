package uk.learnersync.provider.sync.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import uk.learnersync.provider.epa.EpaConnection;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaConnections;
import uk.learnersync.provider.shared.ProviderId;

/**
 * The connections of one claimed batch of tasks, read at most once per connection: whether each is
 * still live and whether its platform refused it last time. A refusal, or a connection found working
 * again, reads it again for the batch's next task. (The connector reads the credentials themselves for
 * every call.)
 */
final class BatchConnections {

    private final EpaConnections connections;
    private final Map<EpaConnectionId, Optional<EpaConnection>> read = new HashMap<>();

    BatchConnections(EpaConnections connections) {
        this.connections = connections;
    }

    Optional<EpaConnection> of(ProviderId providerId, EpaConnectionId connectionId) {
        return read.computeIfAbsent(connectionId, id -> connections.find(providerId, id));
    }

    /** The connection's state changed: the batch's next task reads it again. */
    void forget(EpaConnectionId connectionId) {
        read.remove(connectionId);
    }
}
