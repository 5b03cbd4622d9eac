package uk.learnersync.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * With {@code --profile <dir>}: for each figure, a JFR recording of this JVM (both services and the
 * client) and PostgreSQL's own account of the same span (pg_stat_statements, table statistics, WAL),
 * written to {@code <dir>/<figure>.jfr} and summarised in {@code <dir>/<figure>.txt}. Profiled runs
 * are slower (JFR, pg_stat_statements): their figures are for finding limits, not for the results.
 * The plan of every statement slower than 100 ms is logged by PostgreSQL's auto_explain.
 */
final class Profile {

    /** What PostgreSQL must load for the statement statistics. */
    static final Map<String, String> SERVER_SETTINGS = Map.of(
            "shared_preload_libraries", "pg_stat_statements,auto_explain",
            "pg_stat_statements.track", "all",
            "track_io_timing", "on",
            // The plan of any statement slower than this goes to the server's log (this program's output).
            "auto_explain.log_min_duration", "100ms");

    private static final Pattern PORT = Pattern.compile("http-nio-(\\d+)-");

    private final Path dir;
    private final Services services;
    private final String figure;
    private final Recording recording;

    private Profile(Path dir, Services services, String figure) throws IOException, ParseException {
        this.dir = dir;
        this.services = services;
        this.figure = figure;
        for (Sql database : List.of(services.providerDb, services.platformDb)) {
            database.update("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            database.rows("SELECT pg_stat_statements_reset()");
            database.rows("SELECT pg_stat_reset()");
        }
        services.providerDb.rows("SELECT pg_stat_reset_shared('wal')");
        recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
    }

    /** Starts profiling a figure, or does nothing when no profile was asked for. */
    static Profile start(Path dir, Services services, String figure) throws Exception {
        return dir == null ? null : new Profile(dir, services, figure);
    }

    /** Stops and writes the profile; {@code null} (no profile asked for) is ignored. */
    static void stop(Profile profile) throws IOException {
        if (profile != null) {
            profile.write();
        }
    }

    private void write() throws IOException {
        recording.stop();
        Files.createDirectories(dir);
        Path jfr = dir.resolve(figure + ".jfr");
        recording.dump(jfr);
        recording.close();
        List<String> text = new ArrayList<>();
        text.add("# " + figure + " (load " + Environment.load() + "; the EPA platform serves " + services.platformUrl
                + ")");
        text.addAll(threads(jfr));
        for (Map.Entry<String, Sql> database : Map.of("provider", services.providerDb, "platform",
                services.platformDb).entrySet()) {
            text.add("");
            text.add("## SQL of the " + database.getKey() + " database, by total time");
            text.addAll(database.getValue().rows("""
                    SELECT calls, round(total_exec_time) AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms,
                           rows, shared_blks_hit AS hit, shared_blks_read AS read, shared_blks_dirtied AS dirtied,
                           wal_bytes, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query
                    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                    ORDER BY total_exec_time DESC LIMIT 25"""));
            text.add("");
            text.addAll(database.getValue().rows("""
                    SELECT relname, seq_scan, idx_scan, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del, n_live_tup,
                           n_dead_tup, autovacuum_count, autoanalyze_count
                    FROM pg_stat_user_tables WHERE n_tup_ins + n_tup_upd + n_tup_del > 0 ORDER BY relname"""));
            text.add("");
            text.add("## Tables of the " + database.getKey() + " database by size (with indexes and TOAST)");
            text.addAll(database.getValue().rows("""
                    SELECT s.relname, CAST(c.reltuples AS bigint) AS rows_estimated,
                           pg_total_relation_size(s.relid) AS bytes,
                           pg_total_relation_size(s.relid) / CAST(greatest(c.reltuples, 1) AS bigint) AS bytes_per_row
                    FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
                    ORDER BY pg_total_relation_size(s.relid) DESC LIMIT 20"""));
        }
        text.add("");
        text.addAll(services.providerDb.rows("SELECT wal_records, wal_fpi, wal_bytes, wal_write, wal_sync FROM pg_stat_wal"));
        Files.write(dir.resolve(figure + ".txt"), text);
        Benchmarks.log("profile of %s in %s", figure, dir.resolve(figure + ".txt"));
    }

    /**
     * CPU samples by thread group (each service's request threads by port, the sync workers, the HTTP
     * client, PostgreSQL's JDBC I/O shows as the thread waiting), then, per group, the methods most
     * often on top of the stack and this code's own frames most often anywhere in it.
     */
    private static List<String> threads(Path jfr) throws IOException {
        Map<String, Integer> samples = new HashMap<>();
        Map<String, Map<String, Integer>> top = new HashMap<>();
        Map<String, Map<String, Integer>> ours = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            total++;
            String group = group(event.getThread("sampledThread").getJavaName());
            samples.merge(group, 1, Integer::sum);
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                top.computeIfAbsent(group, g -> new HashMap<>()).merge(name(frames.get(0)), 1, Integer::sum);
            }
            Set<String> seen = new LinkedHashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (name.startsWith("uk.learnersync") && seen.add(name)) {
                    ours.computeIfAbsent(group, g -> new HashMap<>()).merge(name, 1, Integer::sum);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("CPU samples: " + total);
        int all = total;
        samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(group -> {
            lines.add(String.format(Locale.ROOT, "%n## %s: %d samples (%.0f %%)", group.getKey(), group.getValue(),
                    100.0 * group.getValue() / all));
            lines.add("top of stack:");
            lines.addAll(ranked(top.getOrDefault(group.getKey(), Map.of()), group.getValue(), 15));
            lines.add("LearnerSync frames anywhere in the stack:");
            lines.addAll(ranked(ours.getOrDefault(group.getKey(), Map.of()), group.getValue(), 25));
        });
        return lines;
    }

    private static List<String> ranked(Map<String, Integer> counts, int of, int limit) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit)
                .map(entry -> String.format(Locale.ROOT, "  %5.1f %%  %s", 100.0 * entry.getValue() / of,
                        entry.getKey()))
                .toList();
    }

    private static String group(String thread) {
        if (thread == null) {
            return "(unknown)";
        }
        Matcher port = PORT.matcher(thread);
        if (port.find()) {
            return "http requests on port " + port.group(1);
        }
        return thread.replaceAll("[-#]?\\d+$", "");
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
