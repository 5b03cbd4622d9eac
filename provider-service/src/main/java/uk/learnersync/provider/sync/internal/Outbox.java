package uk.learnersync.provider.sync.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
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
 * <p>
 * The delivery's bookkeeping (claims, leases, completions, attempt rows) commits asynchronously
 * ({@link #asynchronousCommit()}): a crash of PostgreSQL itself may lose its last fraction of a second,
 * which only makes a delivery happen again with the same idempotency key, as an expired lease does
 * (docs/RELIABILITY.md, "Asynchronous commit of the bookkeeping"). Tasks are written with the business
 * change, in its transaction, and so commit as it does: synchronously.
 */
@Repository
class Outbox {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;

    Outbox(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    // ---- writes in the business transaction ----

    void enqueue(NewTask task) {
        enqueueAll(List.of(task));
    }

    /** Writes the tasks in one JDBC batch, in their order (their ids, and so their order per learner, follow it). */
    void enqueueAll(List<NewTask> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        batches.batchUpdate("""
                        INSERT INTO sync_tasks (provider_id, learner_id, record_id, connection_id, epao_id, rule_id,
                                                channel, action, actor, payload, status, reason, fanout_id, delivered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, CASE WHEN ? THEN NULL ELSE now() END)""",
                tasks.stream().map(this::row).toList());
    }

    private Object[] row(NewTask task) {
        Step step = task.step();
        return new Object[] {task.providerId().value(), task.learnerId().value(),
                step.record() == null ? null : step.record().value(),
                step.connectionId() == null ? null : step.connectionId().value(),
                step.epaoId() == null ? null : step.epaoId().value(), step.ruleId(), task.channel().name(),
                step.action().name(), task.actor(),
                task.payload() == null ? null : json.writeValueAsString(task.payload()), task.status().name(),
                step.reason(), task.fanOutId(), step.sends()};
    }

    // ---- delivery ----

    /**
     * Claims up to {@code limit} tasks, each the oldest unfinished task of its learner, that are due and
     * not held by a live lease. The walk follows the due tasks' index in id order and stops after
     * {@code limit}, checking each task against its learner's first unfinished one (one probe of the
     * unfinished tasks' index), so a claim costs the same whatever the backlog. SKIP LOCKED lets several
     * workers and instances claim at once without waiting for one another or taking the same task.
     * <p>
     * The plan must not depend on the statistics: they lag behind a queue table (autoanalyze runs after
     * thousands of changes), and a fan-out fills the outbox in seconds. With statistics taken while it
     * was nearly empty, the earlier form of this query (an anti-join) was planned as a nested loop over
     * every unfinished task for every candidate: 8 s a claim at 2,200 pending (EXPLAIN ANALYZE, first
     * durable fan-out). Hence the head check as a subquery, which is always a per-task index probe, and
     * sorting switched off for this transaction, so that the walk in id order is the only plan. The open
     * partition (V31) is empty between bursts, so a plan made then expects it to stay so: with the walk as
     * an {@code IN} subquery, such a plan ran the whole walk again for every open task (a claim took
     * minutes at 20,000 pending, the history benchmark's first run). Hence the walk as an {@code ARRAY}
     * (evaluated once, before the update reads a row) and sequential scans switched off as well, so that
     * neither the walk nor the head check can become a scan of the partition for every task.
     */
    @Transactional
    List<ClaimedTask> claim(UUID leaseToken, int limit, Duration lease) {
        // One round trip: committed asynchronously (see asynchronousCommit), and only the index walks planned.
        jdbc.sql("""
                        SELECT set_config('synchronous_commit', 'off', true), set_config('enable_sort', 'off', true),
                               set_config('enable_seqscan', 'off', true)""")
                .query((rs, row) -> row).list();
        return jdbc.sql("""
                        UPDATE sync_tasks t
                        SET lease_token = ?, lease_until = now() + CAST(? AS interval), attempts = t.attempts + 1
                        WHERE t.status IN ('PENDING', 'RETRYING') AND t.id = ANY (ARRAY(
                            SELECT c.id FROM sync_tasks c
                            WHERE c.status IN ('PENDING', 'RETRYING') AND c.next_attempt_at <= now()
                              AND (c.lease_until IS NULL OR c.lease_until < now())
                              AND c.id = (SELECT head.id FROM sync_tasks head
                                          WHERE head.learner_id = c.learner_id
                                            AND head.status IN ('PENDING', 'RETRYING', 'BLOCKED')
                                          ORDER BY head.id LIMIT 1)
                            ORDER BY c.id LIMIT ?
                            FOR UPDATE SKIP LOCKED))
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

    /** A delivered task whose completion waits for the end of its worker's batch. */
    record Delivered(ClaimedTask task, Attempt attempt, List<Long> riders) {
    }

    /**
     * Completes the tasks a worker delivered in one transaction, each only while the worker still holds
     * its lease; the riders of each go with it. Returns the tasks whose lease had expired (another worker
     * may repeat them, harmlessly: same idempotency key).
     */
    @Transactional
    List<ClaimedTask> completeDelivered(List<Delivered> delivered) {
        if (delivered.isEmpty()) {
            return List.of();
        }
        asynchronousCommit();
        batches.batchUpdate(INSERT_ATTEMPT, delivered.stream()
                .map(done -> attemptRow(done.task(), done.attempt(), "DELIVERED")).toList());
        int[] updated = batches.batchUpdate(DELIVER, delivered.stream().map(done -> new Object[] {done.task().id(),
                done.task().leaseToken(), done.attempt().request(), done.attempt().responseBody()}).toList());
        List<ClaimedTask> lost = new ArrayList<>();
        for (int i = 0; i < delivered.size(); i++) {
            Delivered done = delivered.get(i);
            if (updated[i] != 1) {
                lost.add(done.task());
            } else if (!done.riders().isEmpty()) {
                jdbc.sql(DELIVER_RIDERS)
                        .param("head", done.task().id())
                        .param("request", done.attempt().request())
                        .param("response", done.attempt().responseBody())
                        .param("riders", done.riders())
                        .update();
            }
        }
        return lost;
    }

    @Transactional
    boolean completeFailed(ClaimedTask task, Attempt attempt, TaskStatus status, Instant nextAttemptAt) {
        asynchronousCommit();
        recordAttempt(task, attempt, status.name());
        return jdbc.sql("""
                        UPDATE sync_tasks SET status = ?, next_attempt_at = ?, lease_token = NULL, lease_until = NULL,
                               last_request = CAST(? AS jsonb), last_response = ?, last_error = ?
                        WHERE id = ? AND lease_token = ? AND status IN ('PENDING', 'RETRYING')""")
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
        asynchronousCommit();
        recordAttempt(task, attempt, TaskStatus.REFUSED.name());
        return jdbc.sql(REFUSE)
                .params(task.id(), task.leaseToken(), attempt.request(), attempt.responseBody(), attempt.error(),
                        reason)
                .update() == 1;
    }

    /** A task that has nothing left to do (its learner or record is gone, or the platform has the record already). */
    @Transactional
    boolean completeSkipped(ClaimedTask task, String reason) {
        asynchronousCommit();
        return jdbc.sql(SKIP_UNSENT)
                .params(task.id(), task.leaseToken(), reason)
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
                        WHERE id = ? AND lease_token = ? AND status IN ('PENDING', 'RETRYING')""")
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
        asynchronousCommit();
        for (ClaimedTask task : tasks) {
            jdbc.sql("""
                            UPDATE sync_tasks SET lease_token = NULL, lease_until = NULL, attempts = attempts - 1
                            WHERE id = ? AND lease_token = ? AND status IN ('PENDING', 'RETRYING')""")
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
        return jdbc.sql(SKIP_BLOCKED)
                .params(providerId.value(), taskId, reason, actor)
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

    /**
     * This transaction's commit returns before its WAL reaches the disk (PostgreSQL flushes it within
     * three wal_writer_delay, 600 ms by default). Only for the delivery's bookkeeping: what a crash of
     * the database loses of it is a suffix of the commits after the last synchronous one, so at worst
     * a delivery is repeated with its idempotency key; never a change, since changes commit synchronously
     * and a synchronous commit flushes every earlier one.
     */
    private void asynchronousCommit() {
        jdbc.sql("SET LOCAL synchronous_commit = off").update();
    }

    /**
     * The statement that finishes the open tasks {@code where} selects (a condition on {@code t}) with the
     * {@code changes} (pairs of a column's name and its new value, for {@code jsonb_build_object}): it
     * deletes them from the open partition and inserts them, changed, into the finished one (V31). Not an
     * UPDATE of the status: PostgreSQL would move the row itself, and a transaction waiting to lock it (a
     * claim, a connection being held) would then fail with a serialization error instead of finding it gone.
     */
    private static String finishing(String where, String changes) {
        return """
                WITH finished AS (
                    DELETE FROM sync_tasks t WHERE %s AND t.status IN ('PENDING', 'RETRYING', 'BLOCKED') RETURNING t)
                INSERT INTO sync_tasks
                SELECT changed.* FROM finished, jsonb_populate_record(finished.t, jsonb_build_object(%s)) changed"""
                .formatted(where, changes);
    }

    private static final String DELIVER = finishing("t.id = ? AND t.lease_token = ?", """
            'status', 'DELIVERED', 'delivered_at', now(), 'lease_token', NULL, 'lease_until', NULL,
            'last_request', CAST(? AS jsonb), 'last_response', ?, 'last_error', NULL""");

    private static final String DELIVER_RIDERS = finishing("t.id IN (:riders) AND t.status = 'PENDING'", """
            'status', 'DELIVERED', 'delivered_at', now(), 'coalesced_into', :head,
            'last_request', CAST(:request AS jsonb), 'last_response', :response""");

    private static final String REFUSE = finishing("t.id = ? AND t.lease_token = ?", """
            'status', 'REFUSED', 'delivered_at', now(), 'lease_token', NULL, 'lease_until', NULL,
            'last_request', CAST(? AS jsonb), 'last_response', ?, 'last_error', ?, 'reason', ?""");

    /** Nothing left to send: not an attempt, so the claim's count is taken back. */
    private static final String SKIP_UNSENT = finishing("t.id = ? AND t.lease_token = ?", """
            'status', 'SKIPPED', 'delivered_at', now(), 'lease_token', NULL, 'lease_until', NULL,
            'attempts', (finished.t).attempts - 1, 'reason', ?""");

    private static final String SKIP_BLOCKED = finishing("t.provider_id = ? AND t.id = ? AND t.status = 'BLOCKED'", """
            'status', 'SKIPPED', 'delivered_at', now(), 'lease_token', NULL, 'lease_until', NULL,
            'reason', ?, 'skipped_by', ?""");

    private static final String INSERT_ATTEMPT = """
            INSERT INTO sync_attempts (task_id, attempt, started_at, finished_at, request, response_status,
                                       response_body, outcome, error)
            VALUES (?, ?, ?, now(), CAST(? AS jsonb), ?, ?, ?, ?)""";

    private void recordAttempt(ClaimedTask task, Attempt attempt, String outcome) {
        batches.update(INSERT_ATTEMPT, attemptRow(task, attempt, outcome));
    }

    private static Object[] attemptRow(ClaimedTask task, Attempt attempt, String outcome) {
        return new Object[] {task.id(), task.attempts(), Timestamp.from(attempt.startedAt()), attempt.request(),
                attempt.responseStatus(), attempt.responseBody(), outcome, attempt.error()};
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
