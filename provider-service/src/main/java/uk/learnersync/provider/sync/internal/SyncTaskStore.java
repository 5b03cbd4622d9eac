package uk.learnersync.provider.sync.internal;

import uk.learnersync.provider.sync.AttemptRecord;
import uk.learnersync.provider.sync.SyncLogEntry;
import uk.learnersync.provider.sync.SyncStatus;
import uk.learnersync.provider.sync.TaskStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.policy.SyncAction;

/**
 * The outbox in PostgreSQL. Writes join the caller's transaction; claims and completions are their
 * own short transactions, so that no HTTP call ever runs inside one.
 */
@Repository
class SyncTaskStore {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SyncTaskStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ---- writes in the business transaction ----

    void enqueue(NewTask task) {
        jdbc.sql("""
                        INSERT INTO sync_tasks (provider_id, learner_id, connection_id, rule_id, channel, action, actor,
                                                payload, status, fanout_id, delivered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, CASE WHEN ? = 'SKIPPED' THEN now() END)""")
                .params(task.providerId().value(), task.learnerId().value(),
                        task.connectionId() == null ? null : task.connectionId().value(), task.ruleId(),
                        task.channel().name(), task.action().name(), task.actor(),
                        task.payload() == null ? null : json.writeValueAsString(task.payload()),
                        task.status().name(), task.fanOutId(), task.status().name())
                .update();
    }

    void enqueueFanOut(ProviderId providerId, LinkType linkType, UUID linkId, String ruleId, Channel channel,
                       SyncAction action, String actor) {
        jdbc.sql("""
                        INSERT INTO sync_fanouts (provider_id, link_type, link_id, rule_id, channel, action, actor)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(providerId.value(), linkType.name(), linkId, ruleId, channel.name(), action.name(), actor)
                .update();
    }

    // ---- fan-out expansion ----

    @Transactional
    Optional<FanOut> claimFanOut(UUID leaseToken, Duration lease) {
        return jdbc.sql("""
                        UPDATE sync_fanouts SET lease_token = ?, lease_until = now() + CAST(? AS interval)
                        WHERE id = (SELECT id FROM sync_fanouts
                                    WHERE NOT done AND (lease_until IS NULL OR lease_until < now())
                                    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING *""")
                .params(leaseToken, lease.toMillis() + " milliseconds")
                .query((rs, row) -> new FanOut(rs.getLong("id"), new ProviderId(rs.getObject("provider_id", UUID.class)),
                        LinkType.valueOf(rs.getString("link_type")), rs.getObject("link_id", UUID.class),
                        rs.getString("rule_id"), Channel.valueOf(rs.getString("channel")),
                        SyncAction.valueOf(rs.getString("action")), rs.getString("actor"),
                        rs.getObject("expanded_to", UUID.class)))
                .optional();
    }

    /**
     * Adds one batch of per-learner tasks and moves the fan-out's cursor, in one transaction and only
     * while this worker still holds the fan-out's lease; the lease is then given up so that any worker
     * can take the next batch.
     */
    @Transactional
    boolean expandFanOut(FanOut fanOut, UUID leaseToken, List<LearnerId> learners, boolean last) {
        UUID cursor = learners.isEmpty() ? fanOut.expandedTo() : learners.get(learners.size() - 1).value();
        int advanced = jdbc.sql("""
                        UPDATE sync_fanouts SET expanded_to = ?, done = ?, lease_token = NULL, lease_until = NULL
                        WHERE id = ? AND lease_token = ?""")
                .params(cursor, last, fanOut.id(), leaseToken)
                .update();
        if (advanced == 0) {
            return false;
        }
        for (LearnerId learner : learners) {
            enqueue(new NewTask(fanOut.providerId(), learner, null, fanOut.ruleId(), fanOut.channel(), fanOut.action(),
                    fanOut.actor(), null, TaskStatus.PENDING, fanOut.id()));
        }
        return true;
    }

    // ---- delivery ----

    /**
     * Claims up to {@code limit} tasks, each the oldest unfinished task of its learner (no earlier
     * unfinished task of the same learner exists), that are due and not held by a live lease. The walk
     * follows the due tasks' index in id order and stops after {@code limit}, so a claim costs the
     * same whatever the backlog. SKIP LOCKED lets several workers and instances claim at once without
     * waiting for one another or taking the same task: a worker passes over heads another is locking.
     */
    @Transactional
    List<ClaimedTask> claim(UUID leaseToken, int limit, Duration lease) {
        return jdbc.sql("""
                        UPDATE sync_tasks t
                        SET lease_token = ?, lease_until = now() + CAST(? AS interval), attempts = t.attempts + 1
                        WHERE t.id IN (
                            SELECT c.id FROM sync_tasks c
                            WHERE c.status IN ('PENDING', 'RETRYING') AND c.next_attempt_at <= now()
                              AND (c.lease_until IS NULL OR c.lease_until < now())
                              AND NOT EXISTS (SELECT 1 FROM sync_tasks earlier
                                              WHERE earlier.learner_id = c.learner_id AND earlier.id < c.id
                                                AND earlier.status IN ('PENDING', 'RETRYING', 'BLOCKED'))
                            ORDER BY c.id LIMIT ?
                            FOR UPDATE SKIP LOCKED)
                        RETURNING t.*""")
                .params(leaseToken, lease.toMillis() + " milliseconds", limit)
                .query(this::claimed)
                .list();
    }

    /**
     * The tasks right behind {@code head} that the same call also satisfies: the same update, still
     * pending, nothing else between them. Called before the snapshot is read, so the snapshot holds
     * their changes too.
     */
    List<Long> ridersOf(ClaimedTask head) {
        record Behind(long id, boolean rides) {
        }
        List<Behind> behind = jdbc.sql("""
                        SELECT id, action = ? AND status = 'PENDING' AND connection_id IS NULL AND payload IS NULL AS rides
                        FROM sync_tasks
                        WHERE learner_id = ? AND id > ? AND status IN ('PENDING', 'RETRYING', 'BLOCKED')
                        ORDER BY id LIMIT 100""")
                .params(head.action().name(), head.learnerId().value(), head.id())
                .query((rs, row) -> new Behind(rs.getLong("id"), rs.getBoolean("rides")))
                .list();
        return behind.stream().takeWhile(Behind::rides).map(Behind::id).toList();
    }

    @Transactional
    boolean completeDelivered(ClaimedTask task, Attempt attempt, List<Long> riders) {
        recordAttempt(task, attempt, "DELIVERED");
        int updated = jdbc.sql("""
                        UPDATE sync_tasks SET status = 'DELIVERED', delivered_at = now(), lease_token = NULL,
                               lease_until = NULL, last_request = CAST(? AS jsonb), last_response = ?, last_error = NULL
                        WHERE id = ? AND lease_token = ?""")
                .params(attempt.request(), attempt.responseBody(), task.id(), task.leaseToken())
                .update();
        if (updated == 1 && !riders.isEmpty()) {
            jdbc.sql("""
                            UPDATE sync_tasks SET status = 'DELIVERED', delivered_at = now(), coalesced_into = :head,
                                   last_request = CAST(:request AS jsonb), last_response = :response
                            WHERE id IN (:riders) AND status = 'PENDING'""")
                    .param("head", task.id())
                    .param("request", attempt.request())
                    .param("response", attempt.responseBody())
                    .param("riders", riders)
                    .update();
        }
        return updated == 1;
    }

    @Transactional
    boolean completeFailed(ClaimedTask task, Attempt attempt, TaskStatus status, Instant nextAttemptAt) {
        recordAttempt(task, attempt, status.name());
        return jdbc.sql("""
                        UPDATE sync_tasks SET status = ?, next_attempt_at = ?, lease_token = NULL, lease_until = NULL,
                               last_request = CAST(? AS jsonb), last_response = ?, last_error = ?
                        WHERE id = ? AND lease_token = ?""")
                .params(status.name(), Timestamp.from(nextAttemptAt), attempt.request(), attempt.responseBody(),
                        attempt.error(), task.id(), task.leaseToken())
                .update() == 1;
    }

    /** A task that no longer applies (the learner left the connection it was meant for). */
    @Transactional
    boolean completeSkipped(ClaimedTask task, String reason) {
        return jdbc.sql("""
                        UPDATE sync_tasks SET status = 'SKIPPED', delivered_at = now(), lease_token = NULL,
                               lease_until = NULL, attempts = attempts - 1, last_error = ?
                        WHERE id = ? AND lease_token = ?""")
                .params(reason, task.id(), task.leaseToken())
                .update() == 1;
    }

    /** Gives back claims this worker will not deliver (on shutdown), as if never attempted. */
    @Transactional
    void release(List<ClaimedTask> tasks) {
        for (ClaimedTask task : tasks) {
            jdbc.sql("""
                            UPDATE sync_tasks SET lease_token = NULL, lease_until = NULL, attempts = attempts - 1
                            WHERE id = ? AND lease_token = ?""")
                    .params(task.id(), task.leaseToken())
                    .update();
        }
    }

    private void recordAttempt(ClaimedTask task, Attempt attempt, String outcome) {
        jdbc.sql("""
                        INSERT INTO sync_attempts (task_id, attempt, started_at, finished_at, request, response_status,
                                                   response_body, outcome, error)
                        VALUES (?, ?, ?, now(), CAST(? AS jsonb), ?, ?, ?, ?)""")
                .params(task.id(), task.attempts(), Timestamp.from(attempt.startedAt()), attempt.request(),
                        attempt.responseStatus(), attempt.responseBody(), outcome, attempt.error())
                .update();
    }

    // ---- registrations on platforms ----

    Optional<String> apprenticeId(LearnerId learnerId, EpaConnectionId connectionId) {
        return jdbc.sql("SELECT apprentice_id FROM sync_registrations WHERE learner_id = ? AND connection_id = ?")
                .params(learnerId.value(), connectionId.value())
                .query(String.class)
                .optional();
    }

    void recordRegistration(ProviderId providerId, LearnerId learnerId, EpaConnectionId connectionId,
                            String apprenticeId) {
        jdbc.sql("""
                        INSERT INTO sync_registrations (provider_id, learner_id, connection_id, apprentice_id)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (learner_id, connection_id) DO UPDATE SET apprentice_id = EXCLUDED.apprentice_id""")
                .params(providerId.value(), learnerId.value(), connectionId.value(), apprenticeId)
                .update();
    }

    // ---- reading, for the API and the pages ----

    List<SyncLogEntry> log(ProviderId providerId, LearnerId learnerId) {
        return jdbc.sql("SELECT * FROM sync_tasks WHERE provider_id = ? AND learner_id = ? ORDER BY id")
                .params(providerId.value(), learnerId.value())
                .query(SyncTaskStore::logEntry)
                .list();
    }

    Optional<SyncLogEntry> task(ProviderId providerId, long taskId) {
        return jdbc.sql("SELECT * FROM sync_tasks WHERE provider_id = ? AND id = ?")
                .params(providerId.value(), taskId)
                .query(SyncTaskStore::logEntry)
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

    SyncStatus status(ProviderId providerId) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE status = 'PENDING') AS pending,
                               count(*) FILTER (WHERE status = 'RETRYING') AS retrying,
                               count(*) FILTER (WHERE status = 'BLOCKED') AS blocked,
                               count(*) FILTER (WHERE status = 'DELIVERED') AS delivered,
                               min(created_at) FILTER (WHERE status IN ('PENDING', 'RETRYING')) AS oldest,
                               (SELECT count(*) FROM sync_fanouts f WHERE f.provider_id = ? AND NOT f.done) AS fanouts
                        FROM sync_tasks WHERE provider_id = ?""")
                .params(providerId.value(), providerId.value())
                .query((rs, row) -> new SyncStatus(
                        rs.getLong("pending") + rs.getLong("retrying") + rs.getLong("fanouts"),
                        rs.getLong("retrying"), rs.getLong("blocked"), rs.getLong("delivered"),
                        rs.getTimestamp("oldest") == null ? null : rs.getTimestamp("oldest").toInstant()))
                .single();
    }

    Set<LearnerId> learnersWith(ProviderId providerId, Set<TaskStatus> statuses) {
        return Set.copyOf(jdbc.sql("SELECT DISTINCT learner_id FROM sync_tasks WHERE provider_id = ? AND status = ANY(?)")
                .params(providerId.value(), statuses.stream().map(Enum::name).toArray(String[]::new))
                .query((rs, row) -> new LearnerId(rs.getObject("learner_id", UUID.class)))
                .list());
    }

    /** Puts a blocked task back at the head of its learner's queue; false if it is not blocked. */
    @Transactional
    boolean retry(ProviderId providerId, long taskId) {
        return jdbc.sql("""
                        UPDATE sync_tasks SET status = 'PENDING', next_attempt_at = now(), lease_token = NULL, lease_until = NULL
                        WHERE provider_id = ? AND id = ? AND status = 'BLOCKED'""")
                .params(providerId.value(), taskId)
                .update() == 1;
    }

    private ClaimedTask claimed(ResultSet rs, int row) throws SQLException {
        String payload = rs.getString("payload");
        UUID connection = rs.getObject("connection_id", UUID.class);
        return new ClaimedTask(rs.getLong("id"), new ProviderId(rs.getObject("provider_id", UUID.class)),
                new LearnerId(rs.getObject("learner_id", UUID.class)),
                connection == null ? null : new EpaConnectionId(connection), rs.getString("rule_id"),
                Channel.valueOf(rs.getString("channel")), SyncAction.valueOf(rs.getString("action")),
                payload == null ? null : json.readValue(payload, MAP), rs.getInt("attempts"),
                rs.getObject("lease_token", UUID.class));
    }

    private static SyncLogEntry logEntry(ResultSet rs, int row) throws SQLException {
        Timestamp delivered = rs.getTimestamp("delivered_at");
        UUID connection = rs.getObject("connection_id", UUID.class);
        return new SyncLogEntry(rs.getLong("id"), new LearnerId(rs.getObject("learner_id", UUID.class)),
                rs.getString("rule_id"), Channel.valueOf(rs.getString("channel")),
                SyncAction.valueOf(rs.getString("action")), TaskStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
                delivered == null ? null : delivered.toInstant(), rs.getString("last_error"),
                rs.getString("last_request"), rs.getString("last_response"), rs.getString("actor"),
                connection == null ? null : connection.toString(), (Long) rs.getObject("coalesced_into"),
                rs.getString("payload"));
    }
}
