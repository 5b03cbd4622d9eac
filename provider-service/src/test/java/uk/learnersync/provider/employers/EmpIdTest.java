package uk.learnersync.provider.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.learnersync.validation.InvalidValueException;

class EmpIdTest {

    /** The example of the API contract (docs/spec/API-CONTRACT.md). */
    @Test
    void EmpId_02_acceptsTheContractsExample() {
        assertThat(EmpId.of("907173756").value()).isEqualTo("907173756");
    }

    /**
     * The EmpIds of ESFA's anonymised sample ILR file ILR-99999999-2526-20250108-094401.xml
     * (src/test/resources/ilr/), which validates under ESFA's rules.
     */
    @ParameterizedTest
    @ValueSource(strings = {"123456789", "900271388", "907173756"})
    void EmpId_02_acceptsTheEmpIdsOfEsfasSampleIlrFile(String empId) {
        assertThat(EmpId.of(empId).value()).isEqualTo(empId);
    }

    /**
     * Expected check digits of DD05 in ESFA's ILR validation service tests
     * (SkillsFundingAgency/DC-ILR-2021-ValidationService, DerivedData_05RuleTests), including a
     * result of 11, which gives the check digit 0.
     */
    @ParameterizedTest
    @ValueSource(strings = {"100000002", "100000010", "100000029", "100000045", "100000053", "100000061",
            "100000088", "100000096", "100000126", "100000134", "100000142", "100000150", "100000169", "100000177",
            "100000185", "100000193", "100000207"})
    void EmpId_02_acceptsTheCheckDigitsOfEsfasValidationServiceTests(String empId) {
        assertThat(EmpId.of(empId).value()).isEqualTo(empId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"907173757", "907173750", "123456788", "100000001", "900271389"})
    void EmpId_02_refusesAWrongCheckDigit(String empId) {
        assertThatThrownBy(() -> EmpId.of(empId))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("check digit");
    }

    /** For 10000007 the calculation gives 10, the check character X, which no digit can be. */
    @ParameterizedTest
    @ValueSource(strings = {"100000070", "100000071", "100000079"})
    void EmpId_02_refusesEveryEmpIdWhoseCheckCharacterWouldBeX(String empId) {
        assertThatThrownBy(() -> EmpId.of(empId)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void EmpId_02_acceptsTheIlrDefaultForAnEmployerNotKnownToTheEmployerDataService() {
        assertThat(EmpId.of("999999999")).isEqualTo(EmpId.UNKNOWN);
    }

    /** The check digit of 99999999 is 0, so the default is an exception to the calculation, not an instance of it. */
    @Test
    void EmpId_02_theIlrDefaultIsExemptFromTheCheckDigit() {
        assertThat(EmpId.of("999999990").value()).isEqualTo("999999990");
        assertThat(EmpId.of("999999999").value()).isEqualTo("999999999");
    }

    /** The ILR holds EmpId as an integer: 012345679 would be 12345679, eight digits, which fails EmpId_02. */
    @Test
    void refusesALeadingZeroEvenWithARightCheckDigit() {
        assertThatThrownBy(() -> EmpId.of("012345679")).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "90717375", "9071737560", "90717375a", "907 173 756", "-90717375", "９０７１７３７５６"})
    void refusesAnythingButNineDigits(String empId) {
        assertThatThrownBy(() -> EmpId.of(empId))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("must be an employer ID (EmpId) of 9 digits");
    }

    @Test
    void refusesNothing() {
        assertThatThrownBy(() -> EmpId.of(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void ignoresSurroundingWhitespace() {
        assertThat(EmpId.of(" 907173756\t")).isEqualTo(new EmpId("907173756"));
    }
}
