package uk.learnersync.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldChecksTest {

    @Test
    void everyBadFieldIsReportedAtOnceWithItsNestedName() {
        FieldChecks checks = new FieldChecks();

        String name = checks.required("givenName", "Ada", Text::personName);
        checks.required("familyName", " ", Text::personName);
        checks.required("email", "not-an-email", Text::email);
        FieldChecks address = checks.nested("employer").nested("address");
        checks.optional("phone", null, Text::phone);
        address.required("town", (String) null, value -> Text.line(value, 50));

        assertThat(name).isEqualTo("Ada");
        assertThatThrownBy(checks::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("familyName", "email", "employer.address.town"));
    }

    @Test
    void textRefusesControlCharactersDigitsInNamesAndOverlongLines() {
        assertThatThrownBy(() -> Text.line("Ada\u0007", 10)).hasMessage("must not contain control characters");
        assertThatThrownBy(() -> Text.personName("Ada 2")).hasMessageContaining("digits");
        assertThatThrownBy(() -> Text.line("a".repeat(11), 10)).hasMessage("must be at most 10 characters");
        assertThat(Text.phone("+44 (0)113 496 0000")).isEqualTo("+44 (0)113 496 0000");
    }

    @Test
    void aRequestWithNothingWrongPasses() {
        FieldChecks checks = new FieldChecks();
        checks.required("email", "ada@example.com", Text::email);

        checks.throwIfAny();

        assertThat(checks.hasErrors()).isFalse();
    }
}
