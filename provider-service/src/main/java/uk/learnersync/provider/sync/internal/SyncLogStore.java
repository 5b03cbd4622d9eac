package uk.learnersync.provider.sync.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.AttemptRecord;
import uk.learnersync.provider.sync.SyncLogEntry;
import uk.learnersync.provider.sync.SyncStatus;
import uk.learnersync.provider.sync.TaskStatus;
import uk.learnersync.provider.sync.plan.RecordId;
import uk.learnersync.provider.sync.policy.SyncAction;

/** Reads the sync log for the API and the pages; every query is scoped to the provider. */
@Repository
class SyncLogStore {

    private final JdbcClient jdbc;

    SyncLogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SyncLogEntry> log(ProviderId providerId, LearnerId learnerId) {
        return jdbc.sql("SELECT * FROM sync_tasks WHERE provider_id = ? AND learner_id = ? ORDER BY id")
                .params(providerId.value(), learnerId.value())
                .query(SyncLogStore::entry)
                .list();
    }

    Optional<SyncLogEntry> task(ProviderId providerId, long taskId) {
        return jdbc.sql("SELECT * FROM sync_tasks WHERE provider_id = ? AND id = ?")
                .params(providerId.value(), taskId)
                .query(SyncLogStore::entry)
                .optional();
    }

    List<AttemptRecord> attempts(long taskId) {
        return jdbc.sql("SELECT * FROM sync_attempts WHERE task_id = ? ORDER BY attempt, id")
                .param(taskId)
                .query((rs, row) -> new AttemptRecord(rs.getInt("attempt"), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at").toInstant(), rs.getString("request"),
                        (Integer) rs.getObject("response_status"), rs.getString("response_body"), rs.getString("outcome"),
                        rs.getString("error")))
                .list();
    }

    List<SyncLogEntry> blocked(ProviderId providerId, int limit) {
        return jdbc.sql("SELECT * FROM sync_tasks WHERE provider_id = ? AND status = 'BLOCKED' ORDER BY id LIMIT ?")
                .params(providerId.value(), limit)
                .query(SyncLogStore::entry)
                .list();
    }

    /** The oldest unfinished task of the record, if any: what the record waits for. */
    Optional<SyncLogEntry> oldestUnfinished(RecordId recordId) {
        return jdbc.sql("""
                        SELECT * FROM sync_tasks WHERE record_id = ? AND status IN ('PENDING', 'RETRYING', 'BLOCKED')
                        ORDER BY id LIMIT 1""")
                .param(recordId.value())
                .query(SyncLogStore::entry)
                .optional();
    }

    /** @param refusedConnections the provider's connections whose credentials the platform refuses */
    SyncStatus status(ProviderId providerId, Set<UUID> refusedConnections) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status = 'PENDING') AS pending,
                               count(*) FILTER (WHERE status = 'RETRYING') AS retrying,
                               count(*) FILTER (WHERE status = 'BLOCKED') AS blocked,
                               count(*) FILTER (WHERE status = 'DELIVERED') AS delivered,
                               count(*) FILTER (WHERE status = 'REFUSED') AS refused,
                               count(*) FILTER (WHERE status IN ('PENDING', 'RETRYING')
                                                  AND connection_id = ANY(?)) AS waiting,
                               min(created_at) FILTER (WHERE status IN ('PENDING', 'RETRYING')) AS oldest,
                               (SELECT count(*) FROM sync_fanouts f WHERE f.provider_id = ? AND NOT f.done) AS fanouts
                        FROM sync_tasks WHERE provider_id = ?""")
                .params(refusedConnections.toArray(UUID[]::new), providerId.value(), providerId.value())
                .query((rs, row) -> new SyncStatus(
                        rs.getLong("pending") + rs.getLong("retrying") + rs.getLong("fanouts"),
                        rs.getLong("retrying"), rs.getLong("blocked"), rs.getLong("delivered"), rs.getLong("waiting"),
                        rs.getLong("refused"), rs.getLong("fanouts"),
                        rs.getTimestamp("oldest") == null ? null : rs.getTimestamp("oldest").toInstant()))
                .single();
    }

    Set<LearnerId> learnersWith(ProviderId providerId, Set<TaskStatus> statuses) {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT learner_id FROM sync_tasks WHERE provider_id = ? AND status = ANY(?)")
                .params(providerId.value(), statuses.stream().map(Enum::name).toArray(String[]::new))
                .query((rs, row) -> new LearnerId(rs.getObject("learner_id", UUID.class)))
                .list());
    }

    private static SyncLogEntry entry(ResultSet rs, int row) throws SQLException {
        Timestamp delivered = rs.getTimestamp("delivered_at");
        return new SyncLogEntry(rs.getLong("id"), new LearnerId(rs.getObject("learner_id", UUID.class)),
                rs.getString("rule_id"), Channel.valueOf(rs.getString("channel")),
                SyncAction.valueOf(rs.getString("action")), TaskStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
                delivered == null ? null : delivered.toInstant(), rs.getString("last_error"),
                rs.getString("last_request"), rs.getString("last_response"), rs.getString("actor"),
                text(rs.getObject("record_id", UUID.class)), text(rs.getObject("connection_id", UUID.class)),
                rs.getString("epao_id"), (Long) rs.getObject("coalesced_into"), rs.getString("payload"),
                rs.getString("reason"), rs.getString("skipped_by"));
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
