package uk.learnersync.provider.ilr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A generated file of a couple of thousand apprentices imports whole, of either year; the benchmarks module measures speed. */
class IlrLargeFileTest extends IlrApiTestSupport {

    private static final Logger log = LoggerFactory.getLogger(IlrLargeFileTest.class);
    private static final int LEARNERS = 2_000;

    @ParameterizedTest
    @ValueSource(strings = {IlrFileGenerator.Y2526, IlrFileGenerator.Y2627})
    void aGeneratedFileOfTwoThousandApprenticesImportsEveryOne(String year) throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new IlrFileGenerator(ukprn, 7, year).write(file, LEARNERS);
        String xml = file.toString(StandardCharsets.UTF_8);
        assertValidAgainstTheSchema(xml, year);

        long started = System.nanoTime();
        Map<String, Object> report = imported(xml);
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("Imported an ILR {} file of {} learners ({} bytes) in {} s: {} learners/s", year, LEARNERS,
                file.size(), String.format("%.2f", seconds), Math.round(LEARNERS / seconds));

        assertThat(report).containsEntry("year", year).containsEntry("learners", LEARNERS)
                .containsEntry("created", LEARNERS).containsEntry("rejected", 0).containsEntry("skipped", 0);
        assertThat(errors(report)).isEmpty();
        assertThat(api.get("/api/v1/learners?learnRefNumber=G0002000").expect(200).items()).hasSize(1);
    }
}
