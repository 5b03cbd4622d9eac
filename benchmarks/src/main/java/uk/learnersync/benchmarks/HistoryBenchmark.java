package uk.learnersync.benchmarks;

import java.util.Locale;

/**
 * Delivery with the sync history a provider keeps for years: the outbox's throughput (the no-op
 * connector, so that only the engine's own work is timed) with no delivered task kept, then with
 * millions of them, as the same provider's earlier deliveries.
 */
final class HistoryBenchmark {

    private static final int CHUNK = 250_000;

    private final Services services;
    private final String providerId;
    /** The task the history is copied from: the provider's latest delivered for real. */
    private final long template;

    HistoryBenchmark(Services services, String providerId) {
        this.services = services;
        this.providerId = providerId;
        template = services.providerDb.count("""
                SELECT coalesce(max(t.id), 0) FROM sync_tasks t
                WHERE t.provider_id = CAST(? AS uuid) AND t.status = 'DELIVERED' AND t.last_response IS NOT NULL
                  AND t.rule_id <> 'BENCH' AND EXISTS (SELECT 1 FROM sync_attempts a WHERE a.task_id = t.id)""",
                providerId);
        if (template == 0) {
            throw new IllegalStateException("No task delivered for real to copy the history from");
        }
    }

    /**
     * Forgets every finished task and its attempts but the template, as if the provider had just started;
     * then vacuums and checkpoints, so that the probe does not run while the deletion is written out.
     */
    void clear() {
        services.providerDb.update("DELETE FROM sync_attempts WHERE task_id <> ?", template);
        services.providerDb.update("""
                DELETE FROM sync_tasks WHERE status NOT IN ('PENDING', 'RETRYING', 'BLOCKED') AND id <> ?""", template);
        settle();
    }

    /**
     * Writes {@code tasks} delivered tasks, each with its attempt, copied from the template (so their
     * rows are as large as real ones), spread over 200,000 learners of the provider and the past year,
     * then vacuums, analyzes and checkpoints them, as autovacuum and the checkpointer would have long since
     * done with a history that grew over a year (the probe would otherwise run while the checkpointer
     * writes out gigabytes of new pages). Returns what they take on disk.
     */
    String add(int tasks) {
        for (int first = 1; first <= tasks; first += CHUNK) {
            int last = Math.min(tasks, first + CHUNK - 1);
            services.providerDb.update("""
                    WITH copied AS (
                        INSERT INTO sync_tasks (provider_id, learner_id, record_id, connection_id, epao_id, rule_id,
                            channel, action, actor, payload, status, attempts, next_attempt_at, created_at,
                            delivered_at, last_request, last_response)
                        SELECT t.provider_id, CAST(md5('history-learner' || g % 200000) AS uuid),
                            CAST(md5('history-record' || g % 200000) AS uuid), t.connection_id, t.epao_id, t.rule_id,
                            t.channel, t.action, t.actor, t.payload, 'DELIVERED', 1,
                            now() - make_interval(secs => 6 * (? - g)), now() - make_interval(secs => 6 * (? - g)),
                            now() - make_interval(secs => 6 * (? - g)) + interval '20 milliseconds', t.last_request,
                            t.last_response
                        FROM sync_tasks t, generate_series(?, ?) g
                        WHERE t.id = ? AND t.provider_id = CAST(? AS uuid)
                        RETURNING id, created_at)
                    INSERT INTO sync_attempts (task_id, attempt, started_at, finished_at, request, response_status,
                        response_body, outcome, error)
                    SELECT copied.id, 1, copied.created_at, copied.created_at + interval '20 milliseconds',
                        a.request, a.response_status, a.response_body, a.outcome, a.error
                    FROM copied, (SELECT * FROM sync_attempts WHERE task_id = ? ORDER BY attempt DESC LIMIT 1) a""",
                    tasks, tasks, tasks, first, last, template, providerId, template);
            Benchmarks.log("history: %,d of %,d delivered tasks written", last, tasks);
        }
        settle();
        return services.providerDb.pairs("""
                SELECT to_char((SELECT count(*) FROM sync_tasks), 'FM999,999,999'),
                       pg_size_pretty((SELECT sum(pg_total_relation_size(relid)) FROM pg_partition_tree('sync_tasks'))
                                      + pg_total_relation_size('sync_attempts'))
                """).stream().map(row -> String.format(Locale.ROOT, "%s tasks, %s with their attempts and indexes",
                row[0], row[1])).findFirst().orElseThrow();
    }

    private void settle() {
        services.providerDb.update("VACUUM (ANALYZE) sync_tasks, sync_attempts");
        services.providerDb.update("CHECKPOINT");
    }
}
