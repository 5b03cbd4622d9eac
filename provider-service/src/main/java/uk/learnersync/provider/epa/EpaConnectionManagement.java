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
    private final List<ConnectionUsage> usages;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    EpaConnectionManagement(EpaConnectionStore store, List<ConnectionUsage> usages, AuditTrail audit,
                            ApplicationEventPublisher events) {
        this.store = store;
        this.usages = usages;
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
                details.epaoId(), details.baseUrl(), ConnectionState.OK, null, null);
        try {
            store.insert(connection, details.apiToken());
        } catch (DuplicateKeyException e) {
            throw duplicate(details.epaoId());
        }
        audit.record(providerId, "epa-connection", connection.id().value(), origin, null, connection);
        events.publishEvent(new EpaConnectionAdded(providerId, connection.id(), connection.epaoId(), origin));
        return connection;
    }

    /**
     * Replaces the connection's credentials in place (the EPAO rotated them, or issued new ones after
     * refusing the old): every registration through it stays, and deliveries waiting on it go again.
     */
    @Transactional
    public EpaConnection replaceToken(ProviderId providerId, EpaConnectionId id, String apiToken, ChangeOrigin origin) {
        EpaConnection before = lock(providerId, id);
        store.replaceToken(providerId, id, apiToken);
        EpaConnection after = get(providerId, id);
        audit.record(providerId, "epa-connection", id.value(), origin, before, after);
        events.publishEvent(new EpaConnectionCredentialsReplaced(providerId, id, origin));
        return after;
    }

    /**
     * Marks the connection removed; its row stays because sync history refers to it. A connection that
     * learners are registered through, or that deliveries still wait on, is a conflict saying so (CV-2).
     */
    @Transactional
    public void remove(ProviderId providerId, EpaConnectionId id, ChangeOrigin origin) {
        EpaConnection connection = lock(providerId, id);
        List<String> uses = usages.stream()
                .flatMap(usage -> usage.inUse(providerId, id).stream())
                .toList();
        if (!uses.isEmpty()) {
            throw new ConflictException("The connection to " + connection.epaoId() + " is still in use: "
                    + String.join("; ", uses) + ". Move those learners to another EPAO, or replace the connection's "
                    + "token with PUT /api/v1/epa-connections/" + id + "/token, instead of removing it");
        }
        store.markRemoved(providerId, id);
        audit.record(providerId, "epa-connection", id.value(), origin, connection, null);
        events.publishEvent(new EpaConnectionRemoved(providerId, id, connection.epaoId(), origin));
    }

    @Transactional(readOnly = true)
    public EpaConnection get(ProviderId providerId, EpaConnectionId id) {
        return store.find(providerId, id).orElseThrow(() -> new NotFoundException("EPA connection", id));
    }

    private EpaConnection lock(ProviderId providerId, EpaConnectionId id) {
        return store.findForUpdate(providerId, id).orElseThrow(() -> new NotFoundException("EPA connection", id));
    }

    @Transactional(readOnly = true)
    public List<EpaConnection> list(ProviderId providerId) {
        return store.list(providerId);
    }

    private static ConflictException duplicate(EpaoId epaoId) {
        return new ConflictException("There is already a connection to " + epaoId
                + "; replace its token with PUT /api/v1/epa-connections/{id}/token instead");
    }
}
