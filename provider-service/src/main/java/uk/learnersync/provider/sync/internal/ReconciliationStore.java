package uk.learnersync.provider.sync.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.Reconciliation;
import uk.learnersync.provider.sync.Reconciliation.Difference;

/** The reconciliations (TW-4) and what each found. */
@Repository
class ReconciliationStore {

    private static final TypeReference<List<Difference>> DIFFERENCES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReconciliationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void started(ProviderId providerId, UUID id) {
        jdbc.sql("INSERT INTO sync_reconciliations (id, provider_id, status) VALUES (?, ?, 'RUNNING')")
                .params(id, providerId.value())
                .update();
    }

    Optional<Reconciliation> find(ProviderId providerId, UUID id) {
        return jdbc.sql("SELECT * FROM sync_reconciliations WHERE provider_id = ? AND id = ?")
                .params(providerId.value(), id)
                .query(this::map)
                .optional();
    }

    List<Reconciliation> latest(ProviderId providerId, int limit) {
        return jdbc.sql("SELECT * FROM sync_reconciliations WHERE provider_id = ? ORDER BY started_at DESC LIMIT ?")
                .params(providerId.value(), limit)
                .query(this::map)
                .list();
    }

    /** Locked until the transaction ends, so that it is repaired once. */
    Optional<Reconciliation> findForUpdate(ProviderId providerId, UUID id) {
        return jdbc.sql("SELECT * FROM sync_reconciliations WHERE provider_id = ? AND id = ? FOR UPDATE")
                .params(providerId.value(), id)
                .query(this::map)
                .optional();
    }

    void done(UUID id, int checked, long drifted, List<Difference> differences) {
        jdbc.sql("""
                        UPDATE sync_reconciliations SET status = 'DONE', finished_at = now(), checked = ?,
                               drifted = ?, differences = CAST(? AS jsonb)
                        WHERE id = ?""")
                .params(checked, drifted, json.writeValueAsString(differences), id)
                .update();
    }

    void failed(UUID id, String problem) {
        jdbc.sql("UPDATE sync_reconciliations SET status = 'FAILED', finished_at = now(), problem = ? WHERE id = ?")
                .params(problem, id)
                .update();
    }

    void repaired(UUID id) {
        jdbc.sql("UPDATE sync_reconciliations SET repaired_at = now() WHERE id = ?").param(id).update();
    }

    private Reconciliation map(ResultSet rs, int row) throws SQLException {
        return new Reconciliation(rs.getObject("id", UUID.class),
                Reconciliation.Status.valueOf(rs.getString("status")), rs.getInt("checked"), rs.getInt("drifted"),
                json.readValue(rs.getString("differences"), DIFFERENCES), instant(rs, "started_at"),
                instant(rs, "finished_at"), instant(rs, "repaired_at"), rs.getString("problem"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
