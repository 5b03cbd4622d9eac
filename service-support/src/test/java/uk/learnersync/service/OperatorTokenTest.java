package uk.learnersync.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorTokenTest {

    @TempDir
    Path dataDir;

    @Test
    void aGeneratedTokenIsKeptInItsFileAndSurvivesARestart() {
        OperatorToken first = OperatorToken.of("", dataDir.resolve("admin-token"), "lsa_");
        OperatorToken again = OperatorToken.of(null, dataDir.resolve("admin-token"), "lsa_");

        assertThat(first.generated()).isTrue();
        assertThat(first.value()).startsWith("lsa_").hasSizeGreaterThan(40).isEqualTo(again.value());
        assertThat(first.matches(again.value())).isTrue();
        assertThat(first.matches(null)).isFalse();
        assertThat(first.matches(first.value() + "x")).isFalse();
        assertThat(first).hasToString("OperatorToken[<hidden>]");
    }

    @Test
    void aConfiguredTokenWinsAndIsNeverPrinted() {
        OperatorToken token = OperatorToken.of("chosen-token", dataDir.resolve("admin-token"), "lsa_");
        String banner = new StartupBanner("Example service", token, "EXAMPLE_TOKEN",
                List.of(new StartupBanner.Link("pages", "/", "sign in"))).text(8080);

        assertThat(token.generated()).isFalse();
        assertThat(token.matches("chosen-token")).isTrue();
        assertThat(dataDir.resolve("admin-token")).doesNotExist();
        assertThat(banner).contains("Example service is ready", "http://localhost:8080/  (sign in)",
                "operator token:   as set in EXAMPLE_TOKEN").doesNotContain("chosen-token");
    }
}
