package uk.learnersync.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

/** What the machine was and how busy it was (other processes included) when a run started or ended. */
record Environment(Instant at, String loadAverage, int processors, String cpu, long memoryMb, String java,
                   String jvmArguments) {

    static Environment before() {
        return new Environment(Instant.now(), read("/proc/loadavg"), Runtime.getRuntime().availableProcessors(),
                cpuModel(), totalMemoryMb(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    /** The load average over the last minute, as /proc/loadavg gives it. */
    static String load() {
        return read("/proc/loadavg").split(" ")[0];
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long totalMemoryMb() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(line -> line.startsWith("MemTotal:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
