package uk.learnersync.provider.ilr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class IlrWriterTest {

    @Test
    void writesAFileThatPassesTheSchemaAndReadsBackUnchanged() throws Exception {
        List<IlrLearner> learners = IlrReaderTest.readAll(IlrFiles.sample());

        String written = write("10000001", learners);

        new IlrSchema().validate(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)));
        assertThat(IlrReaderTest.readAll(written)).containsExactlyElementsOf(learners);
    }

    @Test
    void theHeaderNamesTheProvider() throws Exception {
        String written = write("10000001", IlrReaderTest.readAll(IlrFiles.sample()).subList(0, 1));

        assertThat(written).contains("<UKPRN>10000001</UKPRN>").contains("<DateTime>2026-01-05T09:00:00</DateTime>");
    }

    private static String write(String ukprn, List<IlrLearner> learners) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IlrWriter writer = new IlrWriter(out, ukprn, LocalDateTime.of(2026, 1, 5, 9, 0))) {
            for (IlrLearner learner : learners) {
                writer.write(learner);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
