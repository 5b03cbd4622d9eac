package uk.learnersync.epaplatform.organisations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.learnersync.epaplatform.organisations.Connection;
import uk.learnersync.epaplatform.organisations.ConnectionId;
import uk.learnersync.epaplatform.organisations.ConnectionState;
import uk.learnersync.epaplatform.organisations.EpaoId;
import uk.learnersync.epaplatform.organisations.Organisation;
import uk.learnersync.epaplatform.organisations.Ukprn;

@Repository
public class OrganisationStore {

    private final JdbcClient jdbc;

    OrganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the organisation unless its ID exists; gives whether it did. */
    public boolean insertIfAbsent(Organisation organisation) {
        return jdbc.sql("""
                        INSERT INTO organisations (epao_id, name, created_at) VALUES (?, ?, now())
                        ON CONFLICT (epao_id) DO NOTHING""")
                .params(organisation.epaoId().value(), organisation.name())
                .update() == 1;
    }

    public Optional<Organisation> find(EpaoId epaoId) {
        return jdbc.sql("SELECT epao_id, name FROM organisations WHERE epao_id = ?")
                .param(epaoId.value())
                .query((rs, row) -> new Organisation(new EpaoId(rs.getString("epao_id")), rs.getString("name")))
                .optional();
    }

    public void insertConnection(Connection connection, String tokenHash) {
        jdbc.sql("""
                        INSERT INTO connections (id, epao_id, provider_ukprn, token_hash, created_at)
                        VALUES (?, ?, ?, ?, now())""")
                .params(connection.id().value(), connection.epaoId().value(), connection.providerUkprn().value(),
                        tokenHash)
                .update();
    }

    public Optional<Connection> findLiveConnectionByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM connections WHERE token_hash = ? AND revoked_at IS NULL")
                .param(tokenHash)
                .query((rs, row) -> connection(rs))
                .optional();
    }

    public List<Organisation> list() {
        return jdbc.sql("SELECT epao_id, name FROM organisations ORDER BY epao_id")
                .query((rs, row) -> new Organisation(new EpaoId(rs.getString("epao_id")), rs.getString("name")))
                .list();
    }

    public List<ConnectionState> connections(EpaoId epaoId) {
        return jdbc.sql("SELECT * FROM connections WHERE epao_id = ? ORDER BY created_at, id")
                .param(epaoId.value())
                .query((rs, row) -> new ConnectionState(connection(rs), rs.getTimestamp("created_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("revoked_at")).map(Timestamp::toInstant).orElse(null)))
                .list();
    }

    /** Revokes the organisation's connection unless it is revoked already; false when it has no such connection. */
    public boolean revoke(EpaoId epaoId, ConnectionId id) {
        jdbc.sql("UPDATE connections SET revoked_at = now() WHERE id = ? AND epao_id = ? AND revoked_at IS NULL")
                .params(id.value(), epaoId.value())
                .update();
        return jdbc.sql("SELECT count(*) FROM connections WHERE id = ? AND epao_id = ?")
                .params(id.value(), epaoId.value())
                .query(Integer.class)
                .single() == 1;
    }

    private static Connection connection(ResultSet rs) throws SQLException {
        return new Connection(new ConnectionId(rs.getObject("id", UUID.class)), new EpaoId(rs.getString("epao_id")),
                new Ukprn(rs.getString("provider_ukprn")));
    }
}
