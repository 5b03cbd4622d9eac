package uk.learnersync.provider.employers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import uk.learnersync.validation.InvalidValueException;

class PostcodeTest {

    /** One real postcode of every outward-code format, and the one postcode outside the rules. */
    @ParameterizedTest
    @ValueSource(strings = {
            "M1 1AE",     // A9
            "B33 8TH",    // A99
            "CR2 6XH",    // AA9
            "DN55 1PT",   // AA99
            "W1A 0AX",    // A9A
            "EC1A 1BB",   // AA9A
            "SW1A 1AA",   // AA9A
            "GIR 0AA"})
    void acceptsEachFormatOfUkPostcode(String postcode) {
        assertThat(Postcode.of(postcode).value()).isEqualTo(postcode);
    }

    /** The learner and delivery postcodes of ESFA's sample ILR file (src/test/resources/ilr/). */
    @ParameterizedTest
    @ValueSource(strings = {"BB1 1ZZ", "BR1 7SS", "CV2 1BF", "DE14 1SS", "BR1 3RL", "BR2 7UP", "CV1 1SS", "CV1 2WT",
            "CV23 2AA", "NE4 3RR", "NR14 3RR", "NR14 1SS"})
    void acceptsThePostcodesOfEsfasSampleIlrFile(String postcode) {
        assertThat(Postcode.of(postcode).value()).isEqualTo(postcode);
    }

    /** Letters that only some districts use in third or fourth place, and the Crown dependencies. */
    @ParameterizedTest
    @ValueSource(strings = {"N1C 4AG", "E1W 1YW", "SE1P 5LX", "NW1W 7JZ", "WC2N 5DU", "SW1P 3JA", "EC4Y 0DY",
            "JE2 4WD", "GY1 1FH", "IM1 3LX", "BX1 1LT"})
    void acceptsTheLessCommonLettersThatRealDistrictsUse(String postcode) {
        assertThat(Postcode.of(postcode).value()).isEqualTo(postcode);
    }

    @ParameterizedTest
    @CsvSource({
            "sw1a1aa,     SW1A 1AA",
            "SW1A1AA,     SW1A 1AA",
            "' sw1a 1aa ', SW1A 1AA",
            "'SW1A   1AA', SW1A 1AA",
            "m11ae,       M1 1AE",
            "'ec1a\t1bb', EC1A 1BB",
            "gir0aa,      GIR 0AA"})
    void normalisesCaseAndSpacing(String raw, String canonical) {
        assertThat(Postcode.of(raw)).isEqualTo(new Postcode(canonical));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "QA1 1AA",    // no area begins with Q, V or X
            "VA1 1AA",
            "XA1 1AA",
            "AI1 1AA",    // nor has I, J or Z in second place
            "AJ1 1AA",
            "AZ1 1AA",
            "ZZ99 9ZZ",   // the ILR's "postcode not known" is not an address
            "W1I 1AA",    // third-place letter not used
            "W1L 1AA",
            "EC1C 1BB",   // fourth-place letter not used
            "SW1Z 1AA",
            "SW1A 1CA",   // C, I, K, M, O and V never end a postcode
            "SW1A 1AI",
            "SW1A 1KA",
            "SW1A 1AM",
            "SW1A 1OA",
            "SW1A 1AV"})
    void refusesLettersThatRoyalMailNeverUsesThere(String postcode) {
        assertThatThrownBy(() -> Postcode.of(postcode))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("must be a UK postcode such as SW1A 1AA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "SW1A", "1AA", "SW1A 1A", "SW1A 11A", "SW1AA 1AA", "1W1A 1AA", "SW12A 1AA",
            "SW1A-1AA", "SW1A 1AA X", "BFPO 123", "D02 X285", "90210", "SW1A 1ÄA"})
    void refusesWhatIsNoUkPostcode(String postcode) {
        assertThatThrownBy(() -> Postcode.of(postcode)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesNothing() {
        assertThatThrownBy(() -> Postcode.of(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void holdsOnlyTheCanonicalForm() {
        assertThatThrownBy(() -> new Postcode("sw1a 1aa")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Postcode("SW1A1AA")).isInstanceOf(InvalidValueException.class);
    }
}
