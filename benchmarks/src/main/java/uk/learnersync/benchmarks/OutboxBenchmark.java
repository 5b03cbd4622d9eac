package uk.learnersync.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.learnersync.benchmarks.peer.PeerApplication;
import uk.learnersync.provider.sync.internal.BenchmarkOutbox;

/**
 * Our outbox against Spring Modulith's event publication registry: the same number of events written
 * in the same transactions on the same PostgreSQL, each dispatched to a no-op handler; the clock runs
 * from the first write to the last completion.
 */
final class OutboxBenchmark {

    static final String PEER_DATABASE = "modulith_peer";

    private final Services services;
    private final int events;
    private final int perTransaction;

    OutboxBenchmark(Services services, int events, int perTransaction) {
        this.services = services;
        this.events = events;
        this.perTransaction = perTransaction;
    }

    /** Events per second through our outbox: the provider service runs with the no-op connector. */
    double ours(ConfigurableApplicationContext provider, Scenario scenario) throws InterruptedException {
        List<UUID> learners = scenario.learnerIds.stream().map(UUID::fromString).toList();
        long started = System.nanoTime();
        BenchmarkOutbox.enqueue(provider, UUID.fromString(scenario.providerId), learners, events, perTransaction);
        while (scenario.unfinished() > 0) {
            Thread.sleep(50);
        }
        return events / ((System.nanoTime() - started) / 1e9);
    }

    /** Events per second through Spring Modulith's JDBC registry, in a fresh database each run. */
    double peer(int run) throws InterruptedException {
        String database = PEER_DATABASE + "_" + run;
        services.postgres.ensureDatabase(database);
        Sql sql = new Sql(services.postgres, database);
        try (ConfigurableApplicationContext peer = new SpringApplicationBuilder(PeerApplication.class)
                .properties(Map.of(
                        "spring.datasource.url", services.postgres.jdbcUrl(database),
                        "spring.datasource.username", services.postgres.username(),
                        "spring.datasource.password", services.postgres.password(),
                        "spring.main.web-application-type", "none",
                        "spring.flyway.enabled", "false",
                        "spring.modulith.events.jdbc.schema-initialization.enabled", "true",
                        "logging.level.root", "WARN"))
                .registerShutdownHook(false)
                .run()) {
            ApplicationEventPublisher publisher = peer;
            TransactionTemplate transactions = new TransactionTemplate(peer.getBean(PlatformTransactionManager.class));
            String learner = UUID.randomUUID().toString();
            long started = System.nanoTime();
            for (int first = 0; first < events; first += perTransaction) {
                int from = first;
                transactions.executeWithoutResult(status -> {
                    for (int n = from; n < Math.min(events, from + perTransaction); n++) {
                        publisher.publishEvent(new PeerApplication.PeerEvent(n, learner));
                    }
                });
            }
            while (sql.count("SELECT count(*) FROM event_publication WHERE completion_date IS NULL") > 0) {
                Thread.sleep(50);
            }
            double rate = events / ((System.nanoTime() - started) / 1e9);
            long completed = sql.count("SELECT count(*) FROM event_publication WHERE completion_date IS NOT NULL");
            if (completed != events) {
                throw new IllegalStateException("The peer completed " + completed + " of " + events + " publications");
            }
            return rate;
        }
    }
}
