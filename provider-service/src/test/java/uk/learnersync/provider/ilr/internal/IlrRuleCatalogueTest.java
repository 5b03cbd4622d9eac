package uk.learnersync.provider.ilr.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import uk.learnersync.provider.ilr.IlrRule;

/** Every rule LearnerSync reports is one of ESFA's 2025-26 rules, active, with ESFA's severity and message. */
class IlrRuleCatalogueTest {

    private static final Map<String, Map<String, String>> ESFA_RULES = readRules();

    @Test
    void esfasCatalogueIsReadWhole() {
        assertThat(ESFA_RULES).hasSize(881);
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

    private static Map<String, Map<String, String>> readRules() {
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        Map<String, Map<String, String>> rules = new HashMap<>();
        try (InputStream csv = IlrRuleCatalogueTest.class.getResourceAsStream("/ilr/validation-rules.csv");
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(header)
                     .readValues(csv)) {
            rows.forEachRemaining(row -> rules.put(row.get("Name").replace("\uFEFF", ""), row));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rules;
    }
}
