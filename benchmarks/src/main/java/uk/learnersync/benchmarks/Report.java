package uk.learnersync.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes results.json and replaces the generated part of docs/BENCHMARKS.md (between its two
 * markers), so that the hand-written method and analysis around it stay. The rows run now replace
 * those of the same name; the others stay as they were, so that a run of some figures
 * ({@code --only}) does not drop the rest.
 */
final class Report {

    static final String START = "<!-- results:start (written by the benchmarks module) -->";
    static final String END = "<!-- results:end -->";

    private Report() {
    }

    static void write(Path root, List<Result> results, Benchmarks.Settings settings, Environment before,
                      Environment after) throws IOException {
        Path json = root.resolve("docs/benchmarks/results.json");
        Files.createDirectories(json.getParent());
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Map<String, Result> rows = new LinkedHashMap<>();
        if (Files.exists(json)) {
            mapper.readValue(Files.readString(json), new TypeReference<List<Result>>() { })
                    .forEach(kept -> rows.put(kept.name(), kept));
        }
        results.forEach(result -> rows.put(result.name(), result));
        List<Result> all = List.copyOf(rows.values());
        Files.writeString(json, mapper.writeValueAsString(all) + "\n");
        Path markdown = root.resolve("docs/BENCHMARKS.md");
        String document = Files.exists(markdown)
                ? Files.readString(markdown)
                : "# Benchmarks\n\n" + START + "\n" + END + "\n";
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(markdown + " lacks the results markers");
        }
        Files.writeString(markdown, document.substring(0, start + START.length()) + "\n"
                + table(all, settings, before, after) + document.substring(end));
    }

    private static String table(List<Result> results, Benchmarks.Settings settings, Environment before,
                                Environment after) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Last run: %s to %s; %d runs of each figure (the outbox "
                        + "comparison: %d), the median shown; a row the last run did not measure keeps its earlier "
                        + "figure, and each row's notes say how it was taken; every row on durable storage as "
                        + "bin/learnersync runs it, except fanout_10k_seconds (the tests' storage, fsync off), as "
                        + "each row's notes say. "
                        + "Machine: %d cores (%s), %d MB RAM, %s, JVM arguments `%s`. Load average (1, 5, 15 min; "
                        + "running/total tasks) before: `%s`, after: `%s`.%n%n", before.at(), after.at(),
                settings.runs(), settings.outboxRuns(),
                before.processors(), before.cpu(), before.memoryMb(), before.java(),
                before.jvmArguments().isBlank() ? "(none)" : before.jvmArguments(), before.loadAverage(),
                after.loadAverage()));
        text.append("| name | value | unit | baseline | ratio | notes |\n|---|---|---|---|---|---|\n");
        for (Result result : results) {
            text.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", result.name(),
                    optional(result.value()), result.unit(), optional(result.baseline()), optional(result.ratio()),
                    result.notes().replace("|", "/")));
        }
        return text.toString();
    }

    /** A row without a figure (not measured yet) shows an empty cell. */
    private static String optional(Double value) {
        return value == null ? "" : value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString();
    }
}
