package uk.learnersync.provider.sync.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import uk.learnersync.provider.epa.EpaConnectionCredentialsReplaced;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaConnectionRemoved;
import uk.learnersync.provider.epa.EpaConnections;
import uk.learnersync.provider.epa.EpaConnections.Credentials;
import uk.learnersync.provider.shared.ProviderId;

/**
 * The connections' decrypted credentials, kept for a few seconds: reading and decrypting them for each
 * task was an eighth of the workers' CPU. New credentials and a removed connection take effect at once on
 * this instance (the entry is dropped when the change is made and again when it commits); another
 * instance's entry expires within {@link #TTL}, as its workers would otherwise see the change at their
 * next read. A connection that deliveries wait on cannot be removed (CV-2), so none is lost by it.
 */
@Component
class CredentialsCache {

    static final Duration TTL = Duration.ofSeconds(5);

    private record Entry(Optional<Credentials> credentials, long expiresAt) {
    }

    private final EpaConnections connections;
    private final Map<EpaConnectionId, Entry> entries = new ConcurrentHashMap<>();

    CredentialsCache(EpaConnections connections) {
        this.connections = connections;
    }

    /** The connection's credentials as {@link EpaConnections#credentials} gives them, at most {@link #TTL} old. */
    Optional<Credentials> credentials(ProviderId providerId, EpaConnectionId connectionId) {
        long now = System.nanoTime();
        Entry entry = entries.get(connectionId);
        if (entry == null || now - entry.expiresAt() > 0) {
            entry = new Entry(connections.credentials(providerId, connectionId), now + TTL.toNanos());
            entries.put(connectionId, entry);
        }
        return entry.credentials();
    }

    /** Forgets the connection's entry: its credentials or their state changed. */
    void forget(EpaConnectionId connectionId) {
        entries.remove(connectionId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // A worker may read the old credentials again before the change commits.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    entries.remove(connectionId);
                }
            });
        }
    }

    @EventListener
    void on(EpaConnectionCredentialsReplaced event) {
        forget(event.connectionId());
    }

    @EventListener
    void on(EpaConnectionRemoved event) {
        forget(event.connectionId());
    }
}
