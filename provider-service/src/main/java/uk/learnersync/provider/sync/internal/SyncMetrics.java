package uk.learnersync.provider.sync.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The backlog as operators watch it (at {@code /actuator/prometheus}): unfinished and blocked tasks,
 * fan-outs not yet expanded, and the age of the oldest change not yet delivered, across all providers.
 * Each is read from the outbox when scraped, so every instance reports the same truth.
 */
@Component
class SyncMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    SyncMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("learnersync.sync.backlog", () -> count("status IN ('PENDING', 'RETRYING')"))
                .description("Sync tasks not yet delivered (pending or retrying)")
                .register(registry);
        Gauge.builder("learnersync.sync.blocked", () -> count("status = 'BLOCKED'"))
                .description("Sync tasks held for a person to act on")
                .register(registry);
        Gauge.builder("learnersync.sync.fanouts.open", () -> jdbc.sql("SELECT count(*) FROM sync_fanouts WHERE NOT done")
                        .query(Long.class).single())
                .description("Fan-outs not yet expanded into per-learner tasks")
                .register(registry);
        Gauge.builder("learnersync.sync.oldest.pending.age", this::oldestPendingAgeSeconds)
                .description("Age of the oldest change not yet delivered")
                .baseUnit("seconds")
                .register(registry);
    }

    private long count(String condition) {
        return jdbc.sql("SELECT count(*) FROM sync_tasks WHERE " + condition).query(Long.class).single();
    }

    private double oldestPendingAgeSeconds() {
        Double age = jdbc.sql("""
                        SELECT EXTRACT(EPOCH FROM now() - min(created_at))
                        FROM sync_tasks WHERE status IN ('PENDING', 'RETRYING')""")
                .query(Double.class).single();
        return age == null ? 0 : age;
    }
}
