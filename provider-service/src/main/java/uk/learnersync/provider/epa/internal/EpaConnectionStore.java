package uk.learnersync.provider.epa.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.learnersync.provider.epa.ConnectionState;
import uk.learnersync.provider.epa.EpaConnection;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaConnections;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.epa.credentials.ConnectionCredentials;
import uk.learnersync.provider.epa.credentials.Credentials;
import uk.learnersync.provider.shared.ProviderId;

/**
 * Connections in PostgreSQL; every statement is scoped to the provider. Only live connections are
 * found: a removed one is kept for history but never used again.
 */
@Repository
public class EpaConnectionStore implements EpaConnections, ConnectionCredentials {

    private static final String LIVE = "SELECT * FROM epa_connections WHERE removed_at IS NULL AND provider_id = ?";

    private final JdbcClient jdbc;
    private final TokenCipher cipher;

    EpaConnectionStore(JdbcClient jdbc, TokenCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public void insert(EpaConnection connection, String apiToken) {
        jdbc.sql("""
                        INSERT INTO epa_connections (id, provider_id, epao_id, base_url, api_token_encrypted)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(connection.id().value(), connection.providerId().value(), connection.epaoId().value(),
                        connection.baseUrl(), cipher.encrypt(apiToken, connection.id().toString()))
                .update();
    }

    /** New credentials; whether the platform accepts them is for the next delivery to find out. */
    public void replaceToken(ProviderId providerId, EpaConnectionId id, String apiToken) {
        jdbc.sql("""
                        UPDATE epa_connections SET api_token_encrypted = ?, state = 'OK', state_since = now(),
                               state_detail = NULL
                        WHERE provider_id = ? AND id = ? AND removed_at IS NULL""")
                .params(cipher.encrypt(apiToken, id.toString()), providerId.value(), id.value())
                .update();
    }

    public Optional<EpaConnection> findForUpdate(ProviderId providerId, EpaConnectionId id) {
        return jdbc.sql(LIVE + " AND id = ? FOR UPDATE")
                .params(providerId.value(), id.value())
                .query(EpaConnectionStore::map)
                .optional();
    }

    @Override
    public void markRefused(ProviderId providerId, EpaConnectionId id, String detail) {
        jdbc.sql("""
                        UPDATE epa_connections SET state = 'REFUSED', state_since = now(), state_detail = ?
                        WHERE provider_id = ? AND id = ? AND state <> 'REFUSED'""")
                .params(detail, providerId.value(), id.value())
                .update();
    }

    @Override
    public void markAccepted(ProviderId providerId, EpaConnectionId id) {
        jdbc.sql("""
                        UPDATE epa_connections SET state = 'OK', state_since = now(), state_detail = NULL
                        WHERE provider_id = ? AND id = ? AND state <> 'OK'""")
                .params(providerId.value(), id.value())
                .update();
    }

    public void markRemoved(ProviderId providerId, EpaConnectionId id) {
        jdbc.sql("UPDATE epa_connections SET removed_at = now() WHERE provider_id = ? AND id = ? AND removed_at IS NULL")
                .params(providerId.value(), id.value())
                .update();
    }

    @Override
    public Optional<EpaConnection> forEpao(ProviderId providerId, EpaoId epaoId) {
        return jdbc.sql(LIVE + " AND epao_id = ?")
                .params(providerId.value(), epaoId.value())
                .query(EpaConnectionStore::map)
                .optional();
    }

    @Override
    public Optional<EpaConnection> find(ProviderId providerId, EpaConnectionId id) {
        return jdbc.sql(LIVE + " AND id = ?")
                .params(providerId.value(), id.value())
                .query(EpaConnectionStore::map)
                .optional();
    }

    @Override
    public Optional<Credentials> credentials(ProviderId providerId, EpaConnectionId id) {
        return jdbc.sql(LIVE + " AND id = ?")
                .params(providerId.value(), id.value())
                .query((rs, row) -> new Credentials(rs.getString("base_url"),
                        cipher.decrypt(rs.getString("api_token_encrypted"), id.toString())))
                .optional();
    }

    @Override
    public List<EpaConnection> of(ProviderId providerId) {
        return list(providerId);
    }

    @Override
    public List<EpaConnection> allLive() {
        return jdbc.sql("SELECT * FROM epa_connections WHERE removed_at IS NULL ORDER BY provider_id, epao_id")
                .query(EpaConnectionStore::map)
                .list();
    }

    public List<EpaConnection> list(ProviderId providerId) {
        return jdbc.sql(LIVE + " ORDER BY epao_id, created_at")
                .param(providerId.value())
                .query(EpaConnectionStore::map)
                .list();
    }

    private static EpaConnection map(ResultSet rs, int row) throws SQLException {
        Timestamp stateSince = rs.getTimestamp("state_since");
        return new EpaConnection(new EpaConnectionId(rs.getObject("id", UUID.class)),
                new ProviderId(rs.getObject("provider_id", UUID.class)), new EpaoId(rs.getString("epao_id")),
                rs.getString("base_url"), ConnectionState.valueOf(rs.getString("state")),
                stateSince == null ? null : stateSince.toInstant(), rs.getString("state_detail"));
    }
}
