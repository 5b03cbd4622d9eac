package uk.learnersync.provider.sync.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import uk.learnersync.provider.sync.TaskStatus;
import uk.learnersync.provider.sync.plan.RecordId;
import uk.learnersync.provider.sync.plan.Step;
import uk.learnersync.provider.sync.policy.SyncAction;

/**
 * The outbox of sync tasks in PostgreSQL. Writes of new tasks join the caller's transaction; claims
 * and completions are short transactions of their own, so that no HTTP call ever runs inside one,
 * and a completion counts only while the worker still holds the task's lease.
 */
@Repository
class Outbox {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Outbox(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ---- writes in the business transaction ----

    void enqueue(NewTask task) {
        Step step = task.step();
        jdbc.sql("""
                        INSERT INTO sync_tasks (provider_id, learner_id, record_id, connection_id, epao_id, rule_id,
                                                channel, action, actor, payload, status, reason, fanout_id, delivered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, CASE WHEN ? THEN NULL ELSE now() END)""")
                .params(task.providerId().value(), task.learnerId().value(),
                        step.record() == null ? null : step.record().value(),
                        step.connectionId() == null ? null : step.connectionId().value(),
                        step.epaoId() == null ? null : step.epaoId().value(), step.ruleId(), task.channel().name(),
                        step.action().name(), task.actor(),
                        task.payload() == null ? null : json.writeValueAsString(task.payload()), task.status().name(),
                        step.reason(), task.fanOutId(), step.sends())
                .update();
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
     * The tasks right behind {@code head} that the same call also satisfies: the same update of the
     * same record, still pending, nothing else between them. Called before the record's desired state
     * is read, so what is sent holds their changes too.
     */
    List<Long> ridersOf(ClaimedTask head) {
        record Behind(long id, boolean rides) {
        }
        List<Behind> behind = jdbc.sql("""
                        SELECT id, action = ? AND record_id = ? AND status = 'PENDING' AND payload IS NULL AS rides
                        FROM sync_tasks
                        WHERE learner_id = ? AND id > ? AND status IN ('PENDING', 'RETRYING', 'BLOCKED')
                        ORDER BY id LIMIT 100""")
                .params(head.action().name(), head.recordId().value(), head.learnerId().value(), head.id())
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

    /**
     * The platform refused the change for a business reason it named (a field locked after gateway,
     * a closed record): final, shown with that reason, and nothing behind it waits (TW-1).
     */
    @Transactional
    boolean completeRefused(ClaimedTask task, Attempt attempt, String reason) {
        recordAttempt(task, attempt, TaskStatus.REFUSED.name());
        return jdbc.sql("""
                        UPDATE sync_tasks SET status = 'REFUSED', delivered_at = now(), lease_token = NULL,
                               lease_until = NULL, last_request = CAST(? AS jsonb), last_response = ?,
                               last_error = ?, reason = ?
                        WHERE id = ? AND lease_token = ?""")
                .params(attempt.request(), attempt.responseBody(), attempt.error(), reason, task.id(),
                        task.leaseToken())
                .update() == 1;
    }

    /** A task that has nothing left to do (its learner or record is gone, or the platform has the record already). */
    @Transactional
    boolean completeSkipped(ClaimedTask task, String reason) {
        return jdbc.sql("""
                        UPDATE sync_tasks SET status = 'SKIPPED', delivered_at = now(), lease_token = NULL,
                               lease_until = NULL, attempts = attempts - 1, reason = ?
                        WHERE id = ? AND lease_token = ?""")
                .params(reason, task.id(), task.leaseToken())
                .update() == 1;
    }

    /**
     * The platform refused the connection's credentials: this task and every other waiting on the
     * connection wait until {@code until} (or until the credentials are replaced), and the attempt does
     * not count towards blocking, because no learner is at fault (CV-2).
     */
    @Transactional
    void holdConnection(ClaimedTask task, Attempt attempt, EpaConnectionId connectionId, Instant until) {
        lockWaitingOn(connectionId);
        recordAttempt(task, attempt, "WAITING");
        jdbc.sql("""
                        UPDATE sync_tasks SET lease_token = NULL, lease_until = NULL, attempts = attempts - 1,
                               next_attempt_at = ?, last_request = CAST(? AS jsonb), last_response = ?, last_error = ?
                        WHERE id = ? AND lease_token = ?""")
                .params(Timestamp.from(until), attempt.request(), attempt.responseBody(), attempt.error(), task.id(),
                        task.leaseToken())
                .update();
        jdbc.sql("""
                        UPDATE sync_tasks SET next_attempt_at = greatest(next_attempt_at, ?)
                        WHERE connection_id = ? AND status IN ('PENDING', 'RETRYING')""")
                .params(Timestamp.from(until), connectionId.value())
                .update();
    }

    /** The connection's credentials were replaced: what waits on it is due now. */
    void releaseConnection(EpaConnectionId connectionId) {
        lockWaitingOn(connectionId);
        jdbc.sql("""
                        UPDATE sync_tasks SET next_attempt_at = now()
                        WHERE connection_id = ? AND status IN ('PENDING', 'RETRYING') AND next_attempt_at > now()""")
                .param(connectionId.value())
                .update();
    }

    /**
     * Locks the tasks that wait on the connection in ID order before changing them all: two of these
     * changes at once (a refusal holding the connection, new credentials releasing it) would otherwise
     * lock the same rows in different orders and deadlock.
     */
    private void lockWaitingOn(EpaConnectionId connectionId) {
        jdbc.sql("""
                        SELECT count(*) FROM (
                            SELECT 1 FROM sync_tasks WHERE connection_id = ? AND status IN ('PENDING', 'RETRYING')
                            ORDER BY id FOR UPDATE) waiting""")
                .param(connectionId.value())
                .query(Long.class)
                .single();
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

    /** Puts a blocked task back at the head of its learner's queue; false if it is not blocked. */
    @Transactional
    boolean retry(ProviderId providerId, long taskId) {
        return jdbc.sql("""
                        UPDATE sync_tasks SET status = 'PENDING', next_attempt_at = now(), lease_token = NULL, lease_until = NULL
                        WHERE provider_id = ? AND id = ? AND status = 'BLOCKED'""")
                .params(providerId.value(), taskId)
                .update() == 1;
    }

    /** Closes a blocked task without sending it, keeping the person's reason (CV-3); false if it is not blocked. */
    @Transactional
    boolean skip(ProviderId providerId, long taskId, String reason, String actor) {
        return jdbc.sql("""
                        UPDATE sync_tasks SET status = 'SKIPPED', delivered_at = now(), reason = ?, skipped_by = ?,
                               lease_token = NULL, lease_until = NULL
                        WHERE provider_id = ? AND id = ? AND status = 'BLOCKED'""")
                .params(reason, actor, providerId.value(), taskId)
                .update() == 1;
    }

    /** How many of the provider's tasks still wait to go through the connection. */
    long waitingOn(ProviderId providerId, EpaConnectionId connectionId) {
        return jdbc.sql("""
                        SELECT count(*) FROM sync_tasks
                        WHERE provider_id = ? AND connection_id = ? AND status IN ('PENDING', 'RETRYING', 'BLOCKED')""")
                .params(providerId.value(), connectionId.value())
                .query(Long.class)
                .single();
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

    private ClaimedTask claimed(ResultSet rs, int row) throws SQLException {
        String payload = rs.getString("payload");
        UUID record = rs.getObject("record_id", UUID.class);
        return new ClaimedTask(rs.getLong("id"), new ProviderId(rs.getObject("provider_id", UUID.class)),
                new LearnerId(rs.getObject("learner_id", UUID.class)), record == null ? null : new RecordId(record),
                rs.getString("rule_id"), Channel.valueOf(rs.getString("channel")),
                SyncAction.valueOf(rs.getString("action")),
                payload == null ? null : json.readValue(payload, MAP), rs.getInt("attempts"),
                rs.getObject("lease_token", UUID.class));
    }
}
