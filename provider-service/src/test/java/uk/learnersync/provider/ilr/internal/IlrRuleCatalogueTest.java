package uk.learnersync.provider.ilr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import uk.learnersync.provider.ilr.IlrRule;

/** Every rule LearnerSync reports is one of ESFA's 2025-26 rules, active, with ESFA's severity and message. */
class IlrRuleCatalogueTest {

    private static final List<Map<String, String>> ROWS = readRows();
    private static final Map<String, Map<String, String>> ESFA_RULES = ROWS.stream()
            .collect(Collectors.toMap(row -> row.get("Name"), row -> row, (first, second) -> first));

    @Test
    void esfasCatalogueIsReadWholeDespiteItsMultiLineCells() {
        assertThat(ROWS).hasSize(881);
    }

    @ParameterizedTest
    @EnumSource(IlrRule.class)
    void theRuleIsEsfasOwn(IlrRule rule) {
        Map<String, String> esfa = ESFA_RULES.get(rule.esfaName());

        assertThat(esfa).as(rule.esfaName()).isNotNull();
        assertThat(esfa.get("Status")).isEqualTo("Active");
        assertThat(esfa.get("Severity")).isEqualTo(rule.severity() == IlrRule.Severity.E ? "Error" : "Warning");
        assertThat(esfa.get("ErrorMessage").strip()).isEqualTo(rule.message());
    }

    private static List<Map<String, String>> readRows() {
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        try (InputStream csv = IlrRuleCatalogueTest.class.getResourceAsStream("/ilr/validation-rules.csv");
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(header)
                     .readValues(csv)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
