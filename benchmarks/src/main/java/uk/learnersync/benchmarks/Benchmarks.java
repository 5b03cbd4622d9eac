package uk.learnersync.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;

import uk.learnersync.benchmarks.Services.Storage;

/**
 * Runs every benchmark of docs/BENCHMARKS.md several times in one JVM and writes the medians to
 * {@code docs/benchmarks/results.json} and the results table of {@code docs/BENCHMARKS.md}. Everything
 * runs on the durable storage {@code bin/learnersync} uses, except {@code fanout_10k_seconds}, which
 * keeps the tests' storage it was first measured on so that its figures stay comparable.
 * Arguments (all optional): {@code --runs 3 --outbox-runs 3 --learners 10000 --ilr-learners 50000
 * --events 100000 --history 5000000 --workers 4 --only fanout,durable,scaleout,ilr,e2e,outbox,history --out <repository root>
 * --profile <dir>} (see {@link Profile}).
 */
public final class Benchmarks {

    private static final int HISTORY_PROBE_TASKS = 20_000;
    private static final String MODULITH_REGISTRY = "org.springframework.modulith.events.core.EventPublicationRegistry";

    private Benchmarks() {
    }

    public static void main(String[] args) {
        try {
            run(Settings.parse(args));
            System.exit(0);
        } catch (Exception | Error e) {
            e.printStackTrace();
            // The services' threads would keep the JVM alive after a failed measurement.
            System.exit(1);
        }
    }

    private static void run(Settings settings) throws Exception {
        Environment environment = Environment.before();
        List<Result> results = new ArrayList<>();
        if (settings.includes("fanout")) {
            try (Services services = new Services(Storage.EPHEMERAL, Map.of())) {
                Scenario scenario = start(services, settings);
                results.add(fanOut(settings, services, scenario).get(0));
            }
            Report.write(settings.out, results, settings, environment, Environment.before());
        }
        try (Services services = new Services(Storage.DURABLE,
                settings.profile == null ? Map.of() : Profile.SERVER_SETTINGS)) {
            Scenario scenario = start(services, settings);
            SyncBenchmarks sync = new SyncBenchmarks(services, scenario, settings.workers);
            if (settings.includes("durable")) {
                results.addAll(fanOut(settings, services, scenario));
                Report.write(settings.out, results, settings, environment, Environment.before());
            }
            if (settings.includes("scaleout")) {
                results.add(scaleOut(settings, services, sync));
                Report.write(settings.out, results, settings, environment, Environment.before());
            }
            if (settings.includes("ilr")) {
                results.add(ilrImport(settings, services));
                Report.write(settings.out, results, settings, environment, Environment.before());
            }
            if (settings.includes("e2e")) {
                results.addAll(endToEnd(settings, services, sync));
                Report.write(settings.out, results, settings, environment, Environment.before());
            }
            if (settings.includes("outbox") || settings.includes("history")) {
                ConfigurableApplicationContext provider = services.startProvider(
                        Map.of("learnersync.sync.workers", Integer.toString(settings.workers)), NoOpConnector.class);
                if (settings.includes("outbox")) {
                    results.add(outbox(settings, services, provider, scenario));
                    Report.write(settings.out, results, settings, environment, Environment.before());
                }
                if (settings.includes("history")) {
                    results.add(history(settings, services, provider, scenario));
                }
            }
        }
        Report.write(settings.out, results, settings, environment, Environment.before());
        results.forEach(result -> log("%s", result));
    }

    /** The provider service with the product's settings, and the scenario's provider, connection and learners. */
    private static Scenario start(Services services, Settings settings) throws Exception {
        ConfigurableApplicationContext provider = services.startProvider(Map.of(
                "learnersync.sync.workers", Integer.toString(settings.workers)));
        // The registry's API is a runtime dependency of the starter only: looked up by its class name.
        log("Spring Modulith's registry in the provider service (must be none): %s",
                Arrays.toString(provider.getBeanNamesForType(Class.forName(MODULITH_REGISTRY))));
        Scenario scenario = Scenario.create(services, settings.learners);
        log("%d learners registered through one connection on %s", scenario.learnerIds.size(),
                services.storage.description);
        return scenario;
    }

    private static List<Result> fanOut(Settings settings, Services services, Scenario scenario) throws Exception {
        SyncBenchmarks sync = new SyncBenchmarks(services, scenario, settings.workers);
        Series ours = new Series();
        Series direct = new Series();
        Series patch = new Series();
        Series rss = new Series();
        for (int run = 0; run < settings.runs; run++) {
            // Every run is profiled, the first (which has been much the slowest) too; the tests' storage has no
            // statement statistics.
            Profile profile = Profile.start(services.storage == Storage.DURABLE ? settings.profile : null,
                    services, "fanout_durable_" + (run + 1));
            SyncBenchmarks.FanOut fanOut = sync.fanOut();
            Profile.stop(profile);
            ours.add(fanOut.seconds());
            patch.add(fanOut.patchMillis());
            rss.add(fanOut.peakRssMb());
            direct.add(sync.directToPlatform());
            log("fan-out run %d on %s: %s, direct %.2f s", run + 1, services.storage, fanOut, direct.last());
        }
        double seconds = ours.median();
        double baseline = direct.median();
        int n = settings.learners;
        String method = String.format("%d learners on one employer address, on %s; PATCH of the address through the "
                + "API until all %d platform records show it. Baseline: the same %d PUT /employer calls straight to "
                + "the platform from %d client threads, on the same storage, right after each run of ours. Runs: "
                + "ours %s, baseline %s", n, services.storage.description, n, n, settings.workers,
                ours.describe("%.2f"), direct.describe("%.2f"));
        if (services.storage == Storage.EPHEMERAL) {
            return List.of(new Result("fanout_10k_seconds", Result.round(seconds, 2), "s", Result.round(baseline, 2),
                    Result.round(baseline / seconds, 2), method + ". Goal <= 10 s and ratio >= 0.5 (the first goal, "
                    + "set on this storage)"));
        }
        return List.of(
                new Result("fanout_10k_seconds_durable", Result.round(seconds, 2), "s", Result.round(baseline, 2),
                        Result.round(baseline / seconds, 2), method + ". Goal <= 10 s and ratio >= 0.8"),
                new Result("fanout_patch_ms", Result.round(patch.median(), 1), "ms", null, null,
                        "Time for the address PATCH to return (the fan-out is written, not expanded, in its "
                                + "transaction), on " + services.storage.description + ". Goal < 200 ms. Runs: "
                                + patch.describe("%.1f")),
                new Result("provider_rss_mb", Result.round(rss.median(), 0), "MB", null, null,
                        "Peak VmRSS of the one JVM that runs the provider service AND the EPA platform (and this "
                                + "harness) during the durable fan-out; PostgreSQL runs in its own processes. Goal "
                                + "<= 512 MB. Runs: " + rss.describe("%.0f") + String.format("; process VmHWM %.0f MB",
                                Memory.highWaterMarkMb())));
    }

    /**
     * The durable fan-out delivered by one instance, then by two over the same database (each with the
     * product's 4 workers), alternately.
     */
    private static Result scaleOut(Settings settings, Services services, SyncBenchmarks sync) throws Exception {
        Series one = new Series();
        Series two = new Series();
        Profile profile = Profile.start(settings.profile, services, "scale_out");
        for (int run = 0; run < settings.runs; run++) {
            one.add(settings.learners / sync.fanOut().seconds());
            services.startSecondProvider(Map.of("learnersync.sync.workers", Integer.toString(settings.workers)));
            two.add(settings.learners / sync.fanOut().seconds());
            services.stopSecondProvider();
            log("scale-out run %d: one instance %.0f records/s, two %.0f records/s", run + 1, one.last(), two.last());
        }
        Profile.stop(profile);
        double ratio = two.median() / one.median();
        return new Result("scale_out_2_instances_ratio", Result.round(ratio, 2), "ratio", Result.round(one.median(), 0),
                Result.round(ratio, 2), String.format("The %d-learner fan-out (records/s until all are on the "
                        + "platform) delivered by two provider service instances over one PostgreSQL, %d workers each, "
                        + "over the same with one instance (baseline, records/s), on %s; both instances, the "
                        + "platform and PostgreSQL share this machine's cores. Runs: one %s, two %s",
                        settings.learners, settings.workers, services.storage.description, one.describe("%.0f"),
                        two.describe("%.0f")));
    }

    private static List<Result> endToEnd(Settings settings, Services services, SyncBenchmarks sync) throws Exception {
        Profile profile = Profile.start(settings.profile, services, "e2e_delivered");
        UpdateRuns delivered = updateRuns(settings, sync, true);
        Profile.stop(profile);
        profile = Profile.start(settings.profile, services, "e2e_latency");
        List<SyncBenchmarks.Latency> latencies = new ArrayList<>();
        Series p50 = new Series();
        Series p99 = new Series();
        for (int run = 0; run < settings.runs; run++) {
            SyncBenchmarks.Latency latency = sync.latency(100, 10);
            latencies.add(latency);
            p50.add(latency.p50());
            p99.add(latency.p99());
            log("latency run %d: %s", run + 1, latency);
        }
        Profile.stop(profile);
        services.startProvider(Map.of("learnersync.sync.enabled", "false"));
        profile = Profile.start(settings.profile, services, "e2e_sync_off");
        UpdateRuns apiOnly = updateRuns(settings, sync, false);
        Profile.stop(profile);
        services.providerDb.update("UPDATE sync_tasks SET status = 'SKIPPED', delivered_at = now() "
                + "WHERE status IN ('PENDING', 'RETRYING')");
        double ours = delivered.rate().median();
        double baseline = apiOnly.rate().median();
        String storage = services.storage.description;
        String method = "1,000 learner updates at a steady 100/s, on " + storage + "; from the PATCH's return (after "
                + "its commit) to the platform's write of the record (history 'at', same clock).";
        return List.of(
                new Result("e2e_updates_per_second", Result.round(ours, 0), "updates/s", Result.round(baseline, 0),
                        Result.round(ours / baseline, 2), "3,000 PATCH /api/v1/learners/{id} (each to another "
                        + "learner, no coalescing) from 8 client threads, counted until the last is on the platform, "
                        + "on " + storage + ". Baseline: the same API with learnersync.sync.enabled=false (writes and "
                        + "outbox rows, no delivery), same storage, after ours. Goal: ratio >= 0.8. Runs: ours "
                        + delivered.rate().describe("%.0f") + ", baseline " + apiOnly.rate().describe("%.0f")
                        + ". WAL written per update (kB, the whole server): delivered "
                        + delivered.walKb().describe("%.1f") + ", recorded only " + apiOnly.walKb().describe("%.1f")),
                new Result("e2e_latency_p50_ms", Result.round(p50.median(), 1), "ms", null, null,
                        method + " Goal <= 50 ms. Runs: " + p50.describe("%.1f") + "; measured from the request's "
                                + "start instead: " + Result.runs(latencies.stream()
                                .map(SyncBenchmarks.Latency::p50FromSend).toList(), "%.1f")),
                new Result("e2e_latency_p99_ms", Result.round(p99.median(), 1), "ms", null, null,
                        method + " Goal <= 250 ms. Runs: " + p99.describe("%.1f") + "; measured from the request's "
                                + "start instead: " + Result.runs(latencies.stream()
                                .map(SyncBenchmarks.Latency::p99FromSend).toList(), "%.1f")));
    }

    private record UpdateRuns(Series rate, Series walKb) {
    }

    /** 3,000 learner updates from 8 clients, per run: counted until delivered, or until recorded. */
    private static UpdateRuns updateRuns(Settings settings, SyncBenchmarks sync, boolean delivered) throws Exception {
        UpdateRuns runs = new UpdateRuns(new Series(), new Series());
        for (int run = 0; run < settings.runs; run++) {
            SyncBenchmarks.Updates updates = sync.updatesPerSecond(3_000, 8, delivered);
            runs.rate().add(updates.perSecond());
            runs.walKb().add(updates.walKbEach());
            log("e2e updates/s (%s) run %d: %s", delivered ? "delivered" : "sync off", run + 1, updates);
        }
        return runs;
    }

    private static Result outbox(Settings settings, Services services, ConfigurableApplicationContext provider,
                                 Scenario scenario) throws Exception {
        OutboxBenchmark benchmark = new OutboxBenchmark(services, settings.events, 1_000);
        Series ours = new Series();
        Series peer = new Series();
        for (int run = 0; run < settings.outboxRuns; run++) {
            Profile profile = Profile.start(settings.profile, services, "outbox_ours_" + run);
            ours.add(benchmark.ours(provider, scenario));
            Profile.stop(profile);
            profile = Profile.start(settings.profile, services, "outbox_peer_" + run);
            peer.add(benchmark.peer(run));
            Profile.stop(profile);
            log("outbox run %d: ours %.0f/s, Spring Modulith %.0f/s", run + 1, ours.last(), peer.last());
        }
        double rate = ours.median();
        double baseline = peer.median();
        return new Result("outbox_vs_peer_ratio", Result.round(rate / baseline, 2), "ratio", Result.round(baseline, 0),
                Result.round(rate / baseline, 2), String.format("%d events written %d to a transaction, dispatched to "
                        + "a no-op handler, first write to last completion, both on %s (one server, a database each). "
                        + "Ours: %.0f events/s (sync_tasks rows written by Outbox.enqueue, one call per event as a "
                        + "change's listener makes, round %d learners' records, %d workers claiming, reading the "
                        + "record, checking the learner, reading the connection, a no-op @Primary "
                        + "EpaPlatformConnector, completion + attempt row). Peer (baseline, events/s): Spring Modulith "
                        + "2.0.3 JDBC registry, @ApplicationModuleListener, Boot's default executor, a fresh database "
                        + "per run. Goal >= 2. Runs: ours %s, peer %s", settings.events, 1_000,
                        services.storage.description, rate, scenario.learnerIds.size(), settings.workers,
                        ours.describe("%.0f"), peer.describe("%.0f")));
    }

    /** Outbox throughput (no-op connector) with no delivered task kept, then with {@code --history} of them. */
    private static Result history(Settings settings, Services services, ConfigurableApplicationContext provider,
                                  Scenario scenario) throws Exception {
        HistoryBenchmark history = new HistoryBenchmark(services, scenario.providerId);
        OutboxBenchmark probe = new OutboxBenchmark(services, HISTORY_PROBE_TASKS, 1_000);
        history.clear();
        Series none = new Series();
        for (int run = 0; run < settings.runs; run++) {
            none.add(probe.ours(provider, scenario));
            log("history run %d, none kept: %.0f tasks/s", run + 1, none.last());
        }
        String kept = history.add(settings.history);
        log("history kept: %s", kept);
        Series with = new Series();
        Profile profile = Profile.start(settings.profile, services, "history_kept");
        for (int run = 0; run < settings.runs; run++) {
            with.add(probe.ours(provider, scenario));
            log("history run %d, %,d kept: %.0f tasks/s", run + 1, settings.history, with.last());
        }
        Profile.stop(profile);
        double ratio = with.median() / none.median();
        return new Result("history_5m_claim_ratio", Result.round(ratio, 2), "ratio", Result.round(none.median(), 0),
                Result.round(ratio, 2), String.format("Delivery throughput (tasks/s: %d learner-details updates "
                        + "written 1,000 to a transaction, the no-op connector, first write to last completion, %d "
                        + "workers) with %,d delivered tasks kept (%s; copies of a real delivered task with its "
                        + "attempt, vacuumed, analyzed and checkpointed as autovacuum and the checkpointer would have "
                        + "done) over the same with none kept (baseline, tasks/s), on %s. Goal >= 0.9. Runs: none "
                        + "kept %s, then with the history %s",
                        HISTORY_PROBE_TASKS, settings.workers, settings.history, kept, services.storage.description,
                        none.describe("%.0f"), with.describe("%.0f")));
    }

    private static Result ilrImport(Settings settings, Services services) throws Exception {
        IlrBenchmark benchmark = new IlrBenchmark(services, settings.ilrLearners);
        Series rates = new Series();
        Series rss = new Series();
        Profile profile = Profile.start(settings.profile, services, "ilr_import");
        for (int run = 0; run < settings.runs; run++) {
            IlrBenchmark.Import result = benchmark.run();
            rates.add(result.learnersPerSecond());
            rss.add(result.peakRssMb());
            log("ILR run %d: %s", run + 1, result);
        }
        Profile.stop(profile);
        return new Result("ilr_import_learners_per_second", Result.round(rates.median(), 0), "learners/s", null,
                null, String.format("A generated ILR 2025/26 file of %d apprentices, POST /api/v1/ilr/imports into a "
                        + "new provider each run (all created), from the upload to the report, on %s. Goal >= 2,000/s "
                        + "and peak RSS <= 512 MB. Peak VmRSS of the JVM (both services and this harness) during the "
                        + "import: median %.0f MB, runs %s. Runs: %s", settings.ilrLearners,
                        services.storage.description, rss.median(), rss.describe("%.0f"), rates.describe("%.0f")));
    }

    static void log(String format, Object... args) {
        System.out.printf("[benchmarks] " + format + "%n", args);
    }

    /** @param profile where to write profiles ({@code --profile}), or {@code null} for none */
    /** @param workers the provider's delivery workers, and the baseline's client threads */
    record Settings(int runs, int outboxRuns, int learners, int ilrLearners, int events, int history, int workers,
                    Path out, String only, Path profile) {

        boolean includes(String benchmark) {
            return only.equals("all") || List.of(only.split(",")).contains(benchmark);
        }

        static Settings parse(String[] args) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                given.put(args[i], args[i + 1]);
            }
            Function<String, Integer> number = name -> Integer.parseInt(given.getOrDefault(name, switch (name) {
                case "--runs" -> "3";
                case "--learners" -> "10000";
                case "--ilr-learners" -> "50000";
                case "--history" -> "5000000";
                case "--workers" -> "4";
                default -> "100000";
            }));
            Path out = Path.of(given.getOrDefault("--out", "."));
            if (!Files.isDirectory(out.resolve("docs"))) {
                throw new IllegalArgumentException("Run from the repository root, or give --out <repository root>");
            }
            int runs = number.apply("--runs");
            return new Settings(runs, Integer.parseInt(given.getOrDefault("--outbox-runs", Integer.toString(runs))),
                    number.apply("--learners"), number.apply("--ilr-learners"), number.apply("--events"),
                    number.apply("--history"), number.apply("--workers"), out, given.getOrDefault("--only", "all"),
                    given.containsKey("--profile") ? Path.of(given.get("--profile")) : null);
        }
    }
}
