package uk.learnersync.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import uk.learnersync.provider.ilr.IlrFileGenerator;

/** An ILR file of many apprentices imported through the API into a new provider. */
final class IlrBenchmark {

    private final Services services;
    private final int learners;

    IlrBenchmark(Services services, int learners) {
        this.services = services;
        this.learners = learners;
    }

    record Import(double learnersPerSecond, double seconds, double peakRssMb, long fileMb) {
    }

    Import run() throws Exception {
        Map<String, Object> provider = Scenario.newProvider(services);
        Path file = Files.createTempFile("benchmark-ilr-", ".xml");
        try {
            new IlrFileGenerator((String) provider.get("ukprn"), 7).write(file, learners);
            Http api = services.provider((String) provider.get("apiToken"));
            try (Memory memory = Memory.sample()) {
                long started = System.nanoTime();
                Map<String, Object> report = api.postFile("/api/v1/ilr/imports", file, "application/xml");
                double seconds = (System.nanoTime() - started) / 1e9;
                if (((Number) report.get("created")).intValue() != learners) {
                    throw new IllegalStateException("The import did not create every learner: " + report.get("created")
                            + " created, " + report.get("rejected") + " rejected");
                }
                return new Import(learners / seconds, seconds, memory.peakMb(), Files.size(file) >> 20);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
