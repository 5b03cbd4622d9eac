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

/**
 * Runs every benchmark of docs/BENCHMARKS.md several times in one JVM and writes the medians to
 * {@code docs/benchmarks/results.json} and the results table of {@code docs/BENCHMARKS.md}.
 * Arguments (all optional): {@code --runs 3 --outbox-runs 3 --learners 10000 --ilr-learners 50000 --events 100000
 * --only fanout,ilr,e2e,outbox --out <repository root>}.
 */
public final class Benchmarks {

    private static final int WORKERS = 4;
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
        try (Services services = new Services()) {
            ConfigurableApplicationContext provider = services.startProvider(Map.of(
                    "learnersync.sync.workers", Integer.toString(WORKERS)));
            // The registry's API is a runtime dependency of the starter only: looked up by its class name.
            log("Spring Modulith's registry in the provider service (must be none): %s",
                    Arrays.toString(provider.getBeanNamesForType(Class.forName(MODULITH_REGISTRY))));
            Scenario scenario = Scenario.create(services, settings.learners);
            log("%d learners registered through one connection", scenario.learnerIds.size());
            SyncBenchmarks sync = new SyncBenchmarks(services, scenario, WORKERS);
            if (settings.includes("fanout")) {
                results.addAll(fanOut(settings, sync));
            }
            Report.write(settings.out, results, settings, environment, Environment.before());
            if (settings.includes("ilr")) {
                results.add(ilrImport(settings, services));
            }
            Report.write(settings.out, results, settings, environment, Environment.before());
            if (settings.includes("e2e")) {
                List<Double> delivered = repeat(settings, "e2e updates/s (delivered)",
                        run -> sync.updatesPerSecond(3_000, 8, true));
                List<SyncBenchmarks.Latency> latencies = new ArrayList<>();
                for (int run = 0; run < settings.runs; run++) {
                    latencies.add(sync.latency(100, 10));
                    log("latency run %d: %s", run + 1, latencies.get(run));
                }
                services.startProvider(Map.of("learnersync.sync.enabled", "false"));
                List<Double> apiOnly = repeat(settings, "e2e updates/s (sync off)",
                        run -> sync.updatesPerSecond(3_000, 8, false));
                services.providerDb.update("UPDATE sync_tasks SET status = 'SKIPPED', delivered_at = now() "
                        + "WHERE status IN ('PENDING', 'RETRYING')");
                results.add(endToEnd(delivered, apiOnly));
                results.addAll(latency(latencies));
            }
            Report.write(settings.out, results, settings, environment, Environment.before());
            if (settings.includes("outbox")) {
                provider = services.startProvider(Map.of("learnersync.sync.workers", Integer.toString(WORKERS)),
                        NoOpConnector.class);
                results.add(outbox(settings, services, provider, scenario));
            }
        }
        Environment after = Environment.before();
        Report.write(settings.out, results, settings, environment, after);
        results.forEach(result -> log("%s", result));
    }

    private static List<Result> fanOut(Settings settings, SyncBenchmarks sync) throws Exception {
        List<Double> ours = new ArrayList<>();
        List<Double> direct = new ArrayList<>();
        List<Double> patch = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        for (int run = 0; run < settings.runs; run++) {
            SyncBenchmarks.FanOut fanOut = sync.fanOut();
            ours.add(fanOut.seconds());
            patch.add(fanOut.patchMillis());
            rss.add(fanOut.peakRssMb());
            direct.add(sync.directToPlatform());
            log("fan-out run %d: %s, direct %.2f s", run + 1, fanOut, direct.get(run));
        }
        double seconds = Result.median(ours);
        double baseline = Result.median(direct);
        int n = settings.learners;
        return List.of(
                new Result("fanout_10k_seconds", Result.round(seconds, 2), "s", Result.round(baseline, 2),
                        Result.round(baseline / seconds, 2), String.format("%d learners on one employer address; "
                                + "PATCH of the address through the API until all %d platform records show it. "
                                + "Baseline: "
                                + "the same %d PUT /employer calls straight to the platform from %d client threads. "
                                + "Goal <= 10 s and ratio >= 0.5. Runs: ours %s, baseline %s", n, n, n, WORKERS,
                                Result.runs(ours, "%.2f"), Result.runs(direct, "%.2f"))),
                new Result("fanout_patch_ms", Result.round(Result.median(patch), 1), "ms", null, null,
                        "Time for the address PATCH to return (the fan-out is written, not expanded, in its "
                                + "transaction). Goal < 200 ms. Runs: " + Result.runs(patch, "%.1f")),
                new Result("provider_rss_mb", Result.round(Result.median(rss), 0), "MB", null, null,
                        "Peak VmRSS of the one JVM that runs the provider service AND the EPA platform (and this "
                                + "harness) during the fan-out; PostgreSQL runs in its own processes. Goal <= 512 MB. "
                                + "Runs: " + Result.runs(rss, "%.0f") + String.format("; process VmHWM %.0f MB",
                                Memory.highWaterMarkMb())));
    }

    private static Result endToEnd(List<Double> delivered, List<Double> apiOnly) {
        double ours = Result.median(delivered);
        double baseline = Result.median(apiOnly);
        return new Result("e2e_updates_per_second", Result.round(ours, 0), "updates/s", Result.round(baseline, 0),
                Result.round(ours / baseline, 2), "3,000 PATCH /api/v1/learners/{id} (each to another learner, no "
                        + "coalescing) from 8 client threads, counted until the last is on the platform. Baseline: "
                        + "the same API with learnersync.sync.enabled=false (writes and outbox rows, no delivery). "
                        + "Runs: ours " + Result.runs(delivered, "%.0f") + ", baseline "
                        + Result.runs(apiOnly, "%.0f"));
    }

    private static List<Result> latency(List<SyncBenchmarks.Latency> runs) {
        List<Double> p50 = runs.stream().map(SyncBenchmarks.Latency::p50).toList();
        List<Double> p99 = runs.stream().map(SyncBenchmarks.Latency::p99).toList();
        List<Double> p50Send = runs.stream().map(SyncBenchmarks.Latency::p50FromSend).toList();
        List<Double> p99Send = runs.stream().map(SyncBenchmarks.Latency::p99FromSend).toList();
        String method = "1,000 learner updates at a steady 100/s; from the PATCH's return (after its commit) to the "
                + "platform's write of the record (history 'at', same clock).";
        return List.of(
                new Result("e2e_latency_p50_ms", Result.round(Result.median(p50), 1), "ms", null, null,
                        method + " Goal <= 50 ms. Runs: " + Result.runs(p50, "%.1f") + "; measured from the request's "
                                + "start instead: " + Result.runs(p50Send, "%.1f")),
                new Result("e2e_latency_p99_ms", Result.round(Result.median(p99), 1), "ms", null, null,
                        method + " Goal <= 250 ms. Runs: " + Result.runs(p99, "%.1f") + "; measured from the request's "
                                + "start instead: " + Result.runs(p99Send, "%.1f")));
    }

    private static Result outbox(Settings settings, Services services, ConfigurableApplicationContext provider,
                                 Scenario scenario) throws Exception {
        OutboxBenchmark benchmark = new OutboxBenchmark(services, settings.events, 1_000);
        List<Double> ours = new ArrayList<>();
        List<Double> peer = new ArrayList<>();
        for (int run = 0; run < settings.outboxRuns; run++) {
            ours.add(benchmark.ours(provider, scenario));
            peer.add(benchmark.peer(run));
            log("outbox run %d: ours %.0f/s, Spring Modulith %.0f/s", run + 1, ours.get(run), peer.get(run));
        }
        double rate = Result.median(ours);
        double baseline = Result.median(peer);
        return new Result("outbox_vs_peer_ratio", Result.round(rate / baseline, 2), "ratio", Result.round(baseline, 0),
                Result.round(rate / baseline, 2), String.format("%d events written %d to a transaction, dispatched to "
                        + "a no-op handler, first write to last completion. Ours: %.0f events/s (sync_tasks rows "
                        + "written by SyncTaskStore.enqueue for %d learners, %d workers claiming, reading the learner "
                        + "and snapshot, a no-op @Primary EpaPlatformConnector, completion + attempt row). Peer "
                        + "(baseline, events/s): Spring Modulith 2.0.3 JDBC registry, @ApplicationModuleListener, "
                        + "Boot's default executor. Goal >= 2. Runs: ours %s, peer %s", settings.events, 1_000, rate,
                        scenario.learnerIds.size(), WORKERS, Result.runs(ours, "%.0f"), Result.runs(peer, "%.0f")));
    }

    private static Result ilrImport(Settings settings, Services services) throws Exception {
        IlrBenchmark benchmark = new IlrBenchmark(services, settings.ilrLearners);
        List<Double> rates = new ArrayList<>();
        List<Double> rss = new ArrayList<>();
        for (int run = 0; run < settings.runs; run++) {
            IlrBenchmark.Import result = benchmark.run();
            rates.add(result.learnersPerSecond());
            rss.add(result.peakRssMb());
            log("ILR run %d: %s", run + 1, result);
        }
        return new Result("ilr_import_learners_per_second", Result.round(Result.median(rates), 0), "learners/s", null,
                null, String.format("A generated ILR 2025/26 file of %d apprentices, POST /api/v1/ilr/imports into a "
                        + "new provider each run (all created), from the upload to the report. Goal >= 2,000/s. Peak "
                        + "VmRSS of the JVM during the import: median %.0f MB. Runs: %s", settings.ilrLearners,
                        Result.median(rss), Result.runs(rates, "%.0f")));
    }

    private static List<Double> repeat(Settings settings, String what, Measurement measurement) throws Exception {
        List<Double> runs = new ArrayList<>();
        for (int run = 0; run < settings.runs; run++) {
            runs.add(measurement.run(run));
            log("%s run %d: %.1f", what, run + 1, runs.get(run));
        }
        return runs;
    }

    @FunctionalInterface
    private interface Measurement {
        double run(int run) throws Exception;
    }

    static void log(String format, Object... args) {
        System.out.printf("[benchmarks] " + format + "%n", args);
    }

    record Settings(int runs, int outboxRuns, int learners, int ilrLearners, int events, Path out, String only) {

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
                default -> "100000";
            }));
            Path out = Path.of(given.getOrDefault("--out", "."));
            if (!Files.isDirectory(out.resolve("docs"))) {
                throw new IllegalArgumentException("Run from the repository root, or give --out <repository root>");
            }
            int runs = number.apply("--runs");
            return new Settings(runs, Integer.parseInt(given.getOrDefault("--outbox-runs", Integer.toString(runs))),
                    number.apply("--learners"), number.apply("--ilr-learners"),
                    number.apply("--events"), out, given.getOrDefault("--only", "all"));
        }
    }
}
