package uk.learnersync.provider.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import uk.learnersync.validation.InvalidValueException;

class UlnTest {

    /** Every vector of the file; the vectors are authoritative, the implementation follows them. */
    @ParameterizedTest(name = "{0} is {1} under ULN_04")
    @CsvFileSource(resources = "/learners/uln-test-vectors.csv", numLinesToSkip = 1)
    void ULN_04_acceptsExactlyTheValidVectors(String uln, String expectedIlrUln04) {
        if (expectedIlrUln04.startsWith("valid")) {
            assertThat(Uln.of(uln).value()).isEqualTo(uln);
        } else {
            assertThatThrownBy(() -> Uln.of(uln)).isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void theTemporaryUlnIsAcceptedAsTemporaryThoughItsCheckDigitIsWrong() {
        assertThat(Uln.of("9999999999").isTemporary()).isTrue();
        assertThat(Uln.hasValidCheckDigit("9999999999")).isFalse();
        assertThat(Uln.of("1000000043").isTemporary()).isFalse();
    }

    @Test
    void surroundingSpacesAreTrimmedAndOtherCharactersRefused() {
        assertThat(Uln.of(" 1000000043 ").value()).isEqualTo("1000000043");
        assertThatThrownBy(() -> Uln.of("10000 00043")).hasMessage("must be a ULN of 10 digits");
        assertThatThrownBy(() -> Uln.of("1000000042")).hasMessageContaining("ULN_04");
    }

    @Test
    void isMaskedForLogs() {
        assertThat(Uln.of("1000000043").masked()).isEqualTo("******0043");
    }
}
