package uk.learnersync.provider.epa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.InvalidValueException;

class EpaConnectionDetailsTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8090", "https://epa.example.org/platform", "HTTPS://EPA.example.org"})
    void acceptsAbsoluteHttpUrls(String url) {
        assertThat(EpaConnectionDetails.baseUrl(url)).isEqualTo(url);
    }

    @Test
    void dropsTrailingSlashesSoThatPathsAppendCleanly() {
        assertThat(EpaConnectionDetails.baseUrl(" https://epa.example.org/api// ")).isEqualTo("https://epa.example.org/api");
    }

    @ParameterizedTest
    @ValueSource(strings = {"epa.example.org", "/api", "ftp://epa.example.org", "https://", "https://epa.example.org/?a=1",
            "https://epa.example.org/#top", "https://user:pw@epa.example.org", "http://exa mple.org", "mailto:a@b.org"})
    void refusesOtherUrls(String url) {
        assertThatThrownBy(() -> EpaConnectionDetails.baseUrl(url)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesAUrlLongerThan500Characters() {
        String url = "https://epa.example.org/" + "a".repeat(477);

        assertThatThrownBy(() -> EpaConnectionDetails.baseUrl(url)).hasMessage("must be at most 500 characters");
        assertThat(EpaConnectionDetails.baseUrl(url.substring(0, 500))).hasSize(500);
    }

    @Test
    void aTokenIsOneTo500PrintableCharactersAndNeverEchoed() {
        assertThat(EpaConnectionDetails.apiToken("t".repeat(500))).hasSize(500);
        assertThatThrownBy(() -> EpaConnectionDetails.apiToken("t".repeat(501))).hasMessageNotContaining("ttt");
        assertThatThrownBy(() -> EpaConnectionDetails.apiToken("secret token")).hasMessageNotContaining("secret");
        assertThatThrownBy(() -> EpaConnectionDetails.apiToken("secret\u0007")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void reportsEveryBadFieldAndHidesTheTokenWhenPrinted() {
        FieldChecks checks = new FieldChecks();
        EpaConnectionDetails.parse(checks, "EPA0999", "nope", null, id -> Optional.empty());

        assertThatThrownBy(checks::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting("field").containsExactly("epaoId", "baseUrl", "apiToken"));
        assertThat(new EpaConnectionDetails(new EpaoId("EPA0001"), "https://x.org", "s3cr3t").toString())
                .doesNotContain("s3cr3t");
    }
}
