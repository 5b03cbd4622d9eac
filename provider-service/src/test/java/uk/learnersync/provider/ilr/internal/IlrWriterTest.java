package uk.learnersync.provider.ilr.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.ilr.IlrYear;

class IlrWriterTest {

    @Test
    void writes2025_26ThatPassesItsSchemaAndReadsBackUnchanged() throws Exception {
        List<IlrLearner> learners = IlrReaderTest.readAll(IlrFiles.sample());

        String written = write(IlrYear.Y2526, "10000001", learners);

        validate(written, IlrYear.Y2526);
        assertThat(IlrReaderTest.readAll(written)).containsExactlyElementsOf(learners);
    }

    @Test
    void writes2026_27ThatPassesItsSchemaAndReadsBackUnchanged() throws Exception {
        List<IlrLearner> learners = IlrReaderTest.readAll(IlrFiles.sample2627());

        String written = write(IlrYear.Y2627, "10000001", learners);

        validate(written, IlrYear.Y2627);
        assertThat(written).contains("xmlns=\"ILR/2026-27\"").contains("<Year>2627</Year>")
                .contains("<AgreemId>A123456</AgreemId>").contains("<HRSCode>1</HRSCode>");
        assertThat(IlrReaderTest.readAll(written)).containsExactlyElementsOf(learners);
    }

    /** DfE's migration: 2025/26 PHours become HRSRecord code 1 (on an apprenticeship), OTJActHours code 3. */
    @Test
    void a2025_26FileWrittenAs2026_27PassesThe2026_27SchemaWithItsHoursAsHrsRecords() throws Exception {
        IlrLearner.Delivery aim = new IlrLearner.Delivery("ZPROG001", 1, 1, LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 3, 31), 36, 25, 28, "CV1 2WT", "EPA0001", 1, null, null, false,
                List.of(new IlrLearner.Hours(1, 360), new IlrLearner.Hours(3, 120)), List.of());
        IlrLearner apprentice = new IlrLearner("A1", "1061487856", "Lovelace", "Ada", LocalDate.of(2004, 12, 10), 31,
                "F", "LS1 4AP", List.of(), "ada@learner.test", List.of(), List.of(aim));
        String as2526 = write(IlrYear.Y2526, "10000001", List.of(apprentice));
        assertThat(as2526).contains("<PHours>360</PHours>").contains("<OTJActHours>120</OTJActHours>");

        List<IlrLearner> read = IlrReaderTest.readAll(as2526);
        String as2627 = write(IlrYear.Y2627, "10000001", read);

        validate(as2627, IlrYear.Y2627);
        assertThat(as2627).doesNotContain("PHours").doesNotContain("OTJActHours")
                .contains("<HRSCode>1</HRSCode>\n\t\t\t\t<HRSAmount>360</HRSAmount>")
                .contains("<HRSCode>3</HRSCode>\n\t\t\t\t<HRSAmount>120</HRSAmount>");
        assertThat(IlrReaderTest.readAll(as2627)).containsExactlyElementsOf(read);
        validate(write(IlrYear.Y2526, "10000001", IlrReaderTest.readAll(IlrFiles.sample())), IlrYear.Y2526);
        validate(write(IlrYear.Y2627, "10000001", IlrReaderTest.readAll(IlrFiles.sample())), IlrYear.Y2627);
    }

    /** What 2025/26 cannot hold is the exporter's to leave out: the writer never writes a broken file. */
    @Test
    void theWriterRefusesToPutIn2025_26WhatThatYearCannotHold() {
        IlrLearner levy = IlrReaderTest.learner(IlrReaderTest.readAll2627(), "Levy");

        assertThatThrownBy(() -> write(IlrYear.Y2526, "10000001", List.of(levy)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AgreemId");
    }

    @Test
    void theHeaderNamesTheProviderAndTheYear() throws Exception {
        String written = write(IlrYear.Y2526, "10000001", IlrReaderTest.readAll(IlrFiles.sample()).subList(0, 1));

        assertThat(written).contains("<UKPRN>10000001</UKPRN>").contains("<DateTime>2026-01-05T09:00:00</DateTime>")
                .contains("xmlns=\"ESFA/ILR/2025-26\"").contains("<Year>2526</Year>");
    }

    private static void validate(String xml, IlrYear year) throws Exception {
        new IlrSchema().validate(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), year);
    }

    private static String write(IlrYear year, String ukprn, List<IlrLearner> learners) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IlrWriter writer = new IlrWriter(out, year, ukprn, LocalDateTime.of(2026, 1, 5, 9, 0))) {
            for (IlrLearner learner : learners) {
                writer.write(learner);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
