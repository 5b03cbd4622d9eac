package uk.learnersync.provider.epa;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.epa.internal.EpaConnectionStore;
import uk.learnersync.provider.shared.AuditTrail;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;

/** Connecting to and disconnecting from EPA platforms, for the API and the web pages alike. */
@Service
public class EpaConnectionManagement {

    private final EpaConnectionStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    EpaConnectionManagement(EpaConnectionStore store, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    /** Stores a connection with its token encrypted; a second live connection to the same EPAO is a conflict. */
    @Transactional
    public EpaConnection connect(ProviderId providerId, EpaConnectionDetails details, ChangeOrigin origin) {
        if (store.forEpao(providerId, details.epaoId()).isPresent()) {
            throw duplicate(details.epaoId());
        }
        EpaConnection connection = new EpaConnection(new EpaConnectionId(UUID.randomUUID()), providerId,
                details.epaoId(), details.baseUrl());
        try {
            store.insert(connection, details.apiToken());
        } catch (DuplicateKeyException e) {
            throw duplicate(details.epaoId());
        }
        audit.record(providerId, "epa-connection", connection.id().value(), origin, null, connection);
        events.publishEvent(new EpaConnectionAdded(providerId, connection.id(), connection.epaoId(), origin));
        return connection;
    }

    /** Marks the connection removed; its row stays because sync history refers to it. */
    @Transactional
    public void remove(ProviderId providerId, EpaConnectionId id, ChangeOrigin origin) {
        EpaConnection connection = get(providerId, id);
        store.markRemoved(providerId, id);
        audit.record(providerId, "epa-connection", id.value(), origin, connection, null);
        events.publishEvent(new EpaConnectionRemoved(providerId, id, connection.epaoId(), origin));
    }

    @Transactional(readOnly = true)
    public EpaConnection get(ProviderId providerId, EpaConnectionId id) {
        return store.find(providerId, id).orElseThrow(() -> new NotFoundException("EPA connection", id));
    }

    @Transactional(readOnly = true)
    public List<EpaConnection> list(ProviderId providerId) {
        return store.list(providerId);
    }

    private static ConflictException duplicate(EpaoId epaoId) {
        return new ConflictException("There is already a connection to " + epaoId
                + "; delete it first to connect again");
    }
}
