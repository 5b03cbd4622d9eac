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
import uk.learnersync.provider.ilr.IlrYear;

/**
 * Every rule LearnerSync reports is one of DfE's rules of the years it applies to, live in that year,
 * with DfE's severity and message: ESFA's 2025-26 catalogue, DfE's 2026/27 version 4.
 */
class IlrRuleCatalogueTest {

    private static final List<Map<String, String>> ROWS_2526 = readRows("/ilr/validation-rules.csv");
    private static final Map<IlrYear, Map<String, Map<String, String>>> RULES = Map.of(
            IlrYear.Y2526, byName(ROWS_2526),
            IlrYear.Y2627, byName(readRows("/ilr/validation-rules-2627-v4-extract.csv")));

    @Test
    void esfasCatalogueIsReadWholeDespiteItsMultiLineCells() {
        assertThat(ROWS_2526).hasSize(881);
    }

    @ParameterizedTest
    @EnumSource(IlrRule.class)
    void theRuleIsDfesOwnInEachYearItAppliesTo(IlrRule rule) {
        for (IlrYear year : IlrYear.values()) {
            Map<String, String> published = RULES.get(year).get(rule.dfeName());
            if (!rule.appliesTo(year)) {
                continue;
            }
            assertThat(published).as(rule.dfeName() + " in " + year.label()).isNotNull();
            assertThat(published.get("Status")).as(rule.dfeName()).isNotEqualTo("Deleted");
            assertThat(published.get("CurrentSldSeverity")).as(rule.dfeName())
                    .isEqualTo(rule.severity() == IlrRule.Severity.E ? "Error" : "Warning");
            assertThat(published.get("ErrorMessage").strip()).isEqualTo(rule.message());
        }
    }

    /** The 2025/26 hours rules go with PHours and OTJActHours: DfE deletes them in 2026/27, for the HRS rules. */
    @Test
    void the2025_26HoursRulesAreDeletedIn2026_27() {
        Map<String, Map<String, String>> rules2627 = RULES.get(IlrYear.Y2627);

        assertThat(List.of(IlrRule.P_HOURS_01, IlrRule.P_HOURS_06, IlrRule.P_HOURS_08, IlrRule.OTJ_ACT_HOURS_01,
                IlrRule.OTJ_ACT_HOURS_02, IlrRule.OTJ_ACT_HOURS_03)).allSatisfy(rule -> {
                    assertThat(rule.appliesTo(IlrYear.Y2627)).isFalse();
                    assertThat(rules2627.get(rule.dfeName()).get("Status")).isEqualTo("Deleted");
                });
    }

    private static Map<String, Map<String, String>> byName(List<Map<String, String>> rows) {
        return rows.stream().collect(Collectors.toMap(row -> row.get("Name"), row -> row, (first, second) -> first));
    }

    private static List<Map<String, String>> readRows(String path) {
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        try (InputStream csv = IlrRuleCatalogueTest.class.getResourceAsStream(path);
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(header)
                     .readValues(csv)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
