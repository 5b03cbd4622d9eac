package uk.learnersync.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's resident memory, sampled while a measurement runs (both services share the process). */
final class Memory implements AutoCloseable {

    private static final Path STATUS = Path.of("/proc/self/status");

    private final Thread sampler;
    private volatile boolean sampling = true;
    private volatile long peakKb;

    private Memory() {
        sampler = new Thread(() -> {
            while (sampling) {
                peakKb = Math.max(peakKb, read("VmRSS:"));
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static Memory sample() {
        return new Memory();
    }

    /** The highest VmRSS seen so far, in MB. */
    double peakMb() {
        return Math.max(peakKb, read("VmRSS:")) / 1024.0;
    }

    /** The process's high-water mark since it started (VmHWM), in MB. */
    static double highWaterMarkMb() {
        return read("VmHWM:") / 1024.0;
    }

    @Override
    public void close() {
        sampling = false;
        sampler.interrupt();
    }

    private static long read(String field) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
