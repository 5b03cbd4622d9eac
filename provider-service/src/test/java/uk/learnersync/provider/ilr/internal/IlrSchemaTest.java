package uk.learnersync.provider.ilr.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.ilr.IlrYear;
import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;

class IlrSchemaTest {

    private final IlrSchema schema = new IlrSchema();

    @Test
    void esfasSampleFileIs2025_26AndPassesItsSchema() throws Exception {
        assertThat(yearOf(IlrFiles.sample())).isEqualTo(IlrYear.Y2526);
        assertThatCode(() -> validate(IlrFiles.sample(), IlrYear.Y2526)).doesNotThrowAnyException();
    }

    @Test
    void dfesSampleFileIs2026_27AndPassesItsSchemaOnceItsOverlongLearnRefNumberIsShortened() throws Exception {
        assertThat(yearOf(IlrFiles.published2627())).isEqualTo(IlrYear.Y2627);
        assertThatCode(() -> validate(IlrFiles.sample2627(), IlrYear.Y2627)).doesNotThrowAnyException();

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> validate(IlrFiles.published2627(), IlrYear.Y2627));
        assertThat(refused.errors()).extracting(FieldError::message).isNotEmpty()
                .allSatisfy(message -> assertThat(message).startsWith("line 1259, column 56:")
                        .contains("GrowthskillsAppunits"));
    }

    @Test
    void aFileIsHeldToItsOwnYearsSchema() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> validate(IlrFiles.sample(), IlrYear.Y2627));

        assertThat(refused.errors()).isNotEmpty();
    }

    /** DfE's Namespace_Mismatch: 2026/27 dropped the ESFA/ prefix, so ESFA/ILR/2026-27 is no year at all. */
    @Test
    void aNamespaceOfNoYearLearnerSyncReadsIsRefused() {
        String esfaPrefixed = IlrFiles.sample2627().replace("xmlns=\"ILR/2026-27\"", "xmlns=\"ESFA/ILR/2026-27\"");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> yearOf(esfaPrefixed));

        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("file");
            assertThat(error.message()).contains("ESFA/ILR/2026-27").contains("Namespace_Mismatch")
                    .contains("ILR/2026-27 (2026/27)").contains("ESFA/ILR/2025-26 (2025/26)");
        });
    }

    @Test
    void aFileThatBreaksTheSchemaIsRefusedWithTheSchemasOwnMessageAndItsPosition() {
        String broken = IlrFiles.sample().replace("<Sex>F</Sex>", "<Sex>Female</Sex>");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> validate(broken, IlrYear.Y2526));

        assertThat(refused.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.field()).isEqualTo("file"));
        assertThat(refused.errors()).extracting(FieldError::message)
                .anySatisfy(message -> assertThat(message).matches("line \\d+, column \\d+: cvc-.*")
                        .contains("Female"));
    }

    @Test
    void aFileThatIsNotWellFormedIsRefused() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> validate("<Message xmlns=\"ESFA/ILR/2025-26\"><Header>", IlrYear.Y2526));

        assertThat(refused.errors()).hasSize(1);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> yearOf("not xml")).errors()).hasSize(1);
    }

    @Test
    void anExternalEntityIsRefusedBeforeAnythingIsRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Message [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <Message xmlns="ESFA/ILR/2025-26"><Header>&secret;</Header></Message>""";

        for (InvalidInputException refused : new InvalidInputException[] {
                catchThrowableOfType(InvalidInputException.class, () -> yearOf(xxe)),
                catchThrowableOfType(InvalidInputException.class, () -> validate(xxe, IlrYear.Y2526))}) {
            assertThat(refused.errors()).extracting(FieldError::message)
                    .singleElement().asString().contains("DOCTYPE").doesNotContain("root:");
        }
    }

    private IlrYear yearOf(String xml) throws Exception {
        return schema.yearOf(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private void validate(String xml, IlrYear year) throws Exception {
        schema.validate(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), year);
    }
}
