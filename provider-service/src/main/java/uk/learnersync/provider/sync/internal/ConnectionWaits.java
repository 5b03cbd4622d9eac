package uk.learnersync.provider.sync.internal;

import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.learnersync.provider.epa.ConnectionUsage;
import uk.learnersync.provider.epa.EpaConnectionCredentialsReplaced;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.shared.ProviderId;

/** The deliveries that wait on a connection (CV-2): they keep it from being removed, and go when its credentials change. */
@Component
class ConnectionWaits implements ConnectionUsage {

    private final Outbox outbox;
    private final WakeUp wakeUp;

    ConnectionWaits(Outbox outbox, WakeUp wakeUp) {
        this.outbox = outbox;
        this.wakeUp = wakeUp;
    }

    /** Removing a connection that deliveries still wait on would lose them. */
    @Override
    public Optional<String> inUse(ProviderId providerId, EpaConnectionId connectionId) {
        long waiting = outbox.waitingOn(providerId, connectionId);
        return waiting == 0
                ? Optional.empty()
                : Optional.of(waiting + (waiting == 1 ? " change waits" : " changes wait") + " to be delivered through it");
    }

    /** New credentials: what waited on the connection goes again now. */
    @EventListener
    void on(EpaConnectionCredentialsReplaced event) {
        outbox.releaseConnection(event.connectionId());
        wakeUp.afterCommit();
    }
}
