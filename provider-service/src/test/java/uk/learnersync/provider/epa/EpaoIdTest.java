package uk.learnersync.provider.epa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import uk.learnersync.validation.InvalidValueException;

class EpaoIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"EPA0001", "EPA0138", "EPA9999"})
    void acceptsEpaAndFourDigits(String value) {
        assertThat(EpaoId.of(value).value()).isEqualTo(value);
    }

    @Test
    void normalisesCaseAndSurroundingSpace() {
        assertThat(EpaoId.of("  epa0042 ")).isEqualTo(new EpaoId("EPA0042"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "EPA001", "EPA00001", "EPB0001", "0001", "EPA 0001", "EPA000A", "XEPA0001"})
    void refusesAnythingElse(String value) {
        assertThatThrownBy(() -> EpaoId.of(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("EPA followed by 4 digits");
    }
}
