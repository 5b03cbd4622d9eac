package uk.learnersync.provider.ilr.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;

class IlrSchemaTest {

    private final IlrSchema schema = new IlrSchema();

    @Test
    void esfasSampleFilePassesTheSchema() {
        assertThatCode(() -> validate(IlrFiles.sample())).doesNotThrowAnyException();
    }

    @Test
    void aFileThatBreaksTheSchemaIsRefusedWithTheSchemasOwnMessageAndItsPosition() {
        String broken = IlrFiles.sample().replace("<Sex>F</Sex>", "<Sex>Female</Sex>");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> validate(broken));

        assertThat(refused.errors()).isNotEmpty().allSatisfy(error -> assertThat(error.field()).isEqualTo("file"));
        assertThat(refused.errors()).extracting(FieldError::message)
                .anySatisfy(message -> assertThat(message).matches("line \\d+, column \\d+: cvc-.*")
                        .contains("Female"));
    }

    @Test
    void aFileThatIsNotWellFormedIsRefused() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> validate("<Message xmlns=\"ESFA/ILR/2025-26\"><Header>"));

        assertThat(refused.errors()).hasSize(1);
    }

    @Test
    void anExternalEntityIsRefusedBeforeAnythingIsRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Message [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <Message xmlns="ESFA/ILR/2025-26"><Header>&secret;</Header></Message>""";

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> validate(xxe));

        assertThat(refused.errors()).extracting(FieldError::message)
                .singleElement().asString().contains("DOCTYPE").doesNotContain("root:");
    }

    private void validate(String xml) throws Exception {
        schema.validate(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
