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
        assertThat(EpaoId.of(value).isUkprn()).isFalse();
    }

    /** ILR 2026/27: the assessment organisation ID may be the organisation's UKPRN. */
    @ParameterizedTest
    @ValueSource(strings = {"10022712", "10000000", "99999999"})
    void acceptsAnOrganisationsUkprn(String value) {
        assertThat(EpaoId.of(value).value()).isEqualTo(value);
        assertThat(EpaoId.of(value).isUkprn()).isTrue();
    }

    @Test
    void normalisesCaseAndSurroundingSpace() {
        assertThat(EpaoId.of("  epa0042 ")).isEqualTo(new EpaoId("EPA0042"));
        assertThat(EpaoId.of(" 10022712 ")).isEqualTo(new EpaoId("10022712"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "EPA001", "EPA00001", "EPB0001", "0001", "EPA 0001", "EPA000A", "XEPA0001",
            "1002271", "100227120", "09999999", "1002271A"})
    void refusesAnythingElse(String value) {
        assertThatThrownBy(() -> EpaoId.of(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("EPA followed by 4 digits").hasMessageContaining("8-digit UKPRN");
    }
}
