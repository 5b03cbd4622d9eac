package uk.learnersync.provider.epa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private static final ReferenceData DATA = ReferenceData.parse(ReferenceDataLoader.shippedFiles());
    private static final Map<Integer, ReferenceData.CatalogueEntry> STANDARDS = DATA.standards().stream()
            .collect(Collectors.toMap(ReferenceData.CatalogueEntry::code, Function.identity()));

    @Test
    void readsAllOfTheRegistersEpaosWithQuotedNamesAndUkprns() {
        assertThat(DATA.register()).hasSize(135);
        assertThat(DATA.register().get(0))
                .isEqualTo(new ReferenceData.RegisterEntry("EPA0001", "BCS, The Chartered Institute for IT", "10022712"));
        assertThat(DATA.register()).contains(new ReferenceData.RegisterEntry("EPA0003", "BINDT", null));
        assertThat(DATA.register().get(DATA.register().size() - 1).epaoId()).isEqualTo("EPA0138");
    }

    @Test
    void mapsLarsCodesToTheirIfateReferences() {
        assertThat(STANDARDS.get(2)).isEqualTo(new ReferenceData.CatalogueEntry(2, "ST0116", "Software developer", 4));
        assertThat(STANDARDS.get(1).reference()).isEqualTo("ST0127");
    }

    @Test
    void keepsLarsCodesThatIfateDoesNotMapWithTheRegistersReferenceOrNone() {
        assertThat(STANDARDS.get(3)).isEqualTo(
                new ReferenceData.CatalogueEntry(3, null, "Aerospace Manufacturing Fitter", 3));
    }

    @Test
    void ifateWinsWhereTheSourcesDisagree() {
        assertThat(STANDARDS.get(221).reference()).isEqualTo("ST0626");
    }

    @Test
    void aVersionedReferenceNamesItsStandard() {
        assertThat(STANDARDS.get(128).reference()).isEqualTo("ST0310");
    }

    @Test
    void listsWhichEpaosAssessWhichStandard() {
        assertThat(DATA.assessments()).contains(new ReferenceData.Assessment(2, "EPA0001"))
                .doesNotHaveDuplicates();
    }

    @Test
    void everyReferenceIsStAndFourDigits() {
        assertThat(DATA.standards()).allSatisfy(standard -> {
            if (standard.reference() != null) {
                assertThat(standard.reference()).matches("ST[0-9]{4}");
            }
        });
    }
}
