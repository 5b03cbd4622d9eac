package uk.learnersync.epaplatform.organisations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.epaplatform.organisations.internal.ConnectionTokens;
import uk.learnersync.epaplatform.organisations.internal.OrganisationStore;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.InvalidValueException;
import uk.learnersync.validation.NotFoundException;

/** Organisations and their connections, for the operator API and the sign-in of connections. */
@Service
public class Organisations {

    private final OrganisationStore store;

    Organisations(OrganisationStore store) {
        this.store = store;
    }

    /** What {@link #create} did: a new organisation, or the identical one that was there. */
    public record Creation(Organisation organisation, boolean created) {
    }

    /** A new connection with its token, which is shown this once and stored only hashed. */
    public record NewConnection(Connection connection, String apiToken) {
    }

    /**
     * Creates an organisation. Asking again with the same name changes nothing (a set-up script may
     * run twice); the same ID with another name is a conflict.
     */
    @Transactional
    public Creation create(Organisation organisation) {
        if (store.insertIfAbsent(organisation)) {
            return new Creation(organisation, true);
        }
        Organisation existing = get(organisation.epaoId());
        if (!existing.name().equals(organisation.name())) {
            throw new ConflictException("Organisation " + organisation.epaoId() + " already exists as \""
                    + existing.name() + "\"");
        }
        return new Creation(existing, false);
    }

    @Transactional(readOnly = true)
    public Organisation get(EpaoId epaoId) {
        return store.find(epaoId).orElseThrow(() -> new NotFoundException("Organisation", epaoId));
    }

    /** The organisation a path names; an ID that is not an EPAO ID cannot name one. */
    @Transactional(readOnly = true)
    public Organisation get(String epaoId) {
        try {
            return get(EpaoId.of(epaoId));
        } catch (InvalidValueException e) {
            throw new NotFoundException("Organisation", epaoId);
        }
    }

    @Transactional
    public NewConnection connect(EpaoId epaoId, Ukprn providerUkprn) {
        get(epaoId);
        Connection connection = new Connection(new ConnectionId(UUID.randomUUID()), epaoId, providerUkprn);
        String token = ConnectionTokens.newToken();
        store.insertConnection(connection, ConnectionTokens.hash(token));
        return new NewConnection(connection, token);
    }

    /** The connection that a presented bearer token belongs to, if any and not revoked. */
    @Transactional(readOnly = true)
    public Optional<Connection> connectionOfToken(String token) {
        return store.findLiveConnectionByTokenHash(ConnectionTokens.hash(token));
    }

    /** Every organisation on the platform, by ID. */
    @Transactional(readOnly = true)
    public List<Organisation> list() {
        return store.list();
    }

    /** The organisation's connections, oldest first, revoked ones included. */
    @Transactional(readOnly = true)
    public List<ConnectionState> connections(EpaoId epaoId) {
        get(epaoId);
        return store.connections(epaoId);
    }

    /**
     * Revokes a connection: its token no longer signs in (401), so its provider learns of it on its
     * next call. Its apprentices stay with the organisation. Revoking again changes nothing.
     */
    @Transactional
    public void revoke(EpaoId epaoId, String connectionId) {
        ConnectionId id = ConnectionId.parse(connectionId)
                .orElseThrow(() -> new NotFoundException("Connection", connectionId));
        if (!store.revoke(epaoId, id)) {
            throw new NotFoundException("Connection", connectionId);
        }
    }
}
