package uk.learnersync.benchmarks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The sync engine driven through the product's REST API, read back from the EPA platform. */
final class SyncBenchmarks {

    /** Postcodes of valid format, one per change, so that every run waits for a value not seen before. */
    private static final AtomicInteger POSTCODES = new AtomicInteger(1);
    private static final AtomicInteger NAMES = new AtomicInteger(1);

    private final Services services;
    private final Scenario scenario;
    private final int workers;

    SyncBenchmarks(Services services, Scenario scenario, int workers) {
        this.services = services;
        this.scenario = scenario;
        this.workers = workers;
    }

    record FanOut(double seconds, double patchMillis, double peakRssMb) {
    }

    /** Changes the employer address through the API; seconds until every record on the platform shows it. */
    FanOut fanOut() throws InterruptedException {
        String postcode = nextPostcode();
        int size = scenario.learnerIds.size();
        try (Memory memory = Memory.sample()) {
            long started = System.nanoTime();
            scenario.api().patch("/api/v1/employers/" + scenario.employerId + "/addresses/" + scenario.addressId,
                    Map.of("postcode", postcode));
            double patchMillis = (System.nanoTime() - started) / 1e6;
            while (services.platformDb.count("SELECT count(*) FROM apprentices WHERE connection_id = CAST(? AS uuid) "
                    + "AND employer_postcode = ?", scenario.platformConnectionId, postcode) < size) {
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            awaitDelivered(600);
            return new FanOut(seconds, patchMillis, memory.peakMb());
        }
    }

    /** The same record updates sent straight to the platform's API by a client as concurrent as the workers. */
    double directToPlatform() throws Exception {
        String postcode = nextPostcode();
        List<String> apprentices = services.platformDb.pairs(
                        "SELECT id::text, '' FROM apprentices WHERE connection_id = CAST(? AS uuid)",
                        scenario.platformConnectionId)
                .stream().map(row -> row[0]).toList();
        Http platform = services.platform(scenario.platformToken);
        Map<String, Object> employer = Map.of("name", "Northern Widgets Ltd",
                "address", Map.of("line1", "1 High Street", "town", "Leeds", "postcode", postcode));
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(workers);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            running.add(clients.submit(() -> {
                for (int n = next.getAndIncrement(); n < apprentices.size(); n = next.getAndIncrement()) {
                    platform.put("/api/v1/apprentices/" + apprentices.get(n) + "/employer", employer,
                            UUID.randomUUID().toString());
                }
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        clients.shutdown();
        return seconds;
    }

    /**
     * @param perSecond    updates per second
     * @param walKbEach    WAL the server wrote per update (both services' databases: the change, its
     *                     outbox row and, when delivered, the delivery's bookkeeping and the platform's write)
     */
    record Updates(double perSecond, double walKbEach) {
    }

    /**
     * {@code updates} learner updates (each to another learner) from {@code clients} concurrent API
     * clients; the rate counts until the last one is on the platform, or, with delivery switched
     * off, until the last API call returned.
     */
    Updates updatesPerSecond(int updates, int clients, boolean untilDelivered) throws Exception {
        long walBefore = walBytes();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            running.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < updates; n = next.getAndIncrement()) {
                    updateLearner(n);
                }
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        if (untilDelivered) {
            awaitDelivered(600);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Updates(updates / seconds, (walBytes() - walBefore) / 1024.0 / updates);
    }

    /** Where the server's write-ahead log is now, in bytes since its start. */
    private long walBytes() {
        return services.providerDb.count("SELECT CAST(pg_current_wal_lsn() - '0/0' AS bigint)");
    }

    record Latency(double p50, double p99, double p50FromSend, double p99FromSend, double max, int samples) {
    }

    /**
     * Updates at a steady {@code rate} per second for {@code seconds}; for each, the time from the API
     * call's return (the commit is just before it) to the platform's write of the record ({@code at}
     * of the record's history entry, on the same clock).
     */
    Latency latency(int rate, int seconds) throws Exception {
        int updates = rate * seconds;
        Map<String, long[]> sentAndReturned = new ConcurrentHashMap<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        AtomicInteger issued = new AtomicInteger();
        Instant begin = Instant.now();
        ticker.scheduleAtFixedRate(() -> {
            int n = issued.getAndIncrement();
            if (n < updates) {
                pool.submit(() -> {
                    long sent = micros(Instant.now());
                    String name = updateLearner(n);
                    sentAndReturned.put(name, new long[] {sent, micros(Instant.now())});
                });
            }
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        while (sentAndReturned.size() < updates) {
            Thread.sleep(50);
        }
        ticker.shutdownNow();
        pool.shutdown();
        awaitDelivered(600);
        List<String[]> written = services.platformDb.pairs("""
                        SELECT body->>'familyName', CAST(CAST(extract(epoch FROM at) * 1000000 AS bigint) AS text)
                        FROM apprentice_history WHERE connection_id = CAST(? AS uuid) AND call = 'UPDATE_LEARNER'
                          AND at >= ?""", scenario.platformConnectionId, Timestamp.from(begin.minusSeconds(1)));
        List<Double> fromReturn = new ArrayList<>();
        List<Double> fromSend = new ArrayList<>();
        for (String[] row : written) {
            long[] times = sentAndReturned.get(row[0]);
            if (times != null) {
                long at = Long.parseLong(row[1]);
                fromReturn.add((at - times[1]) / 1000.0);
                fromSend.add((at - times[0]) / 1000.0);
            }
        }
        if (fromReturn.size() < updates) {
            throw new IllegalStateException("Only " + fromReturn.size() + " of " + updates
                    + " updates reached the platform");
        }
        return new Latency(percentile(fromReturn, 50), percentile(fromReturn, 99), percentile(fromSend, 50),
                percentile(fromSend, 99), percentile(fromReturn, 100), fromReturn.size());
    }

    /** Waits until the engine has told the platform everything this provider committed. */
    void awaitDelivered(int timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (scenario.unfinished() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Sync did not finish within " + timeoutSeconds + " s");
            }
            Thread.sleep(50);
        }
    }

    /** Updates the family name of the n-th learner (round the list) to a name never used before; returns it. */
    private String updateLearner(int n) {
        String name = "Bench" + letters(NAMES.getAndIncrement());
        String learnerId = scenario.learnerIds.get(n % scenario.learnerIds.size());
        scenario.api().patch("/api/v1/learners/" + learnerId, new HashMap<>(Map.of("familyName", name)));
        return name;
    }

    private static String letters(int n) {
        StringBuilder letters = new StringBuilder();
        for (int rest = n; rest > 0; rest /= 26) {
            letters.append((char) ('a' + rest % 26));
        }
        return letters.toString();
    }

    private static String nextPostcode() {
        int n = POSTCODES.getAndIncrement();
        return "LS" + (n % 99 + 1) + " " + (n / 99 % 10) + "AB";
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }

    private static double percentile(List<Double> values, int percentile) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
