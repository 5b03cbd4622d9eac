package uk.learnersync.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** ESFA's ILR patterns for names and address lines, and what LearnerSync adds to them. */
class TextTest {

    @Test
    void aNameMayHaveLatinLettersWithAccentsSpacesAndPunctuation() {
        assertThat(Text.personName("Zoë O'Brien-Łukasiewicz")).isEqualTo("Zoë O'Brien-Łukasiewicz");
        assertThat(Text.personName(" Mary Jones Jr. ")).isEqualTo("Mary Jones Jr.");
    }

    @Test
    void aNameWithMarkupDigitsPipesQuotesOrAnotherScriptIsRefusedSayingWhatIsAllowed() {
        for (String name : new String[] {"<script>alert(1)</script>", "Ada 2", "Ada|Byron", "\"Ada\"", "Ада"}) {
            assertThatThrownBy(() -> Text.personName(name)).as(name).isInstanceOf(InvalidValueException.class)
                    .hasMessage("must only include letters of the Latin alphabet, spaces and punctuation such as "
                            + "hyphens and apostrophes, and not digits or the characters < > | \"");
        }
    }

    @Test
    void anAddressLineIsEsfasSetOfAtMost50Characters() {
        assertThat(Text.addressLine("Unit 4, Airedale Park (rear) - 2/3")).isEqualTo("Unit 4, Airedale Park (rear) - 2/3");
        assertThatThrownBy(() -> Text.addressLine("<script>alert(1)</script>"))
                .hasMessage("must only include letters a to z, numbers, spaces and the characters ~ ! @ & ' \\ ( ) * + , - . / : ;");
        assertThatThrownBy(() -> Text.addressLine("1 High Street #2")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Text.addressLine("x".repeat(51))).hasMessage("must be at most 50 characters");
    }
}
