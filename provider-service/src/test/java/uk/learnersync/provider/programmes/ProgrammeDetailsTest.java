package uk.learnersync.provider.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;

class ProgrammeDetailsTest {

    private static final Map<Integer, String> CATALOGUE = Map.of(2, "ST0116");

    private static ProgrammeDetails parse(FieldChecks checks, String name, Integer code, String reference,
                                          String version, List<String> options, String epaoId) {
        return ProgrammeDetails.parse(checks, name, code, reference, version, options, epaoId,
                id -> Optional.of(id).filter(known -> known.value().equals("EPA0001")),
                c -> Optional.ofNullable(CATALOGUE.get(c)));
    }

    private static Map<String, String> errors(String name, Integer code, String reference, String version,
                                              List<String> options, String epaoId) {
        FieldChecks checks = new FieldChecks();
        parse(checks, name, code, reference, version, options, epaoId);
        try {
            checks.throwIfAny();
            return Map.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message));
        }
    }

    @Test
    void normalisesAValidProgramme() {
        ProgrammeDetails details = parse(new FieldChecks(), " Software developer L4 ", 2, "st0116", "1.0",
                List.of(" Web "), "epa0001");

        assertThat(details).isEqualTo(new ProgrammeDetails("Software developer L4", 2, "ST0116", "1.0",
                List.of("Web"), new EpaoId("EPA0001")));
    }

    @Test
    void acceptsACodeTheCatalogueDoesNotKnowAndNoOptions() {
        assertThat(parse(new FieldChecks(), "Newer standard", 725, "ST0999", "1.2", null, "EPA0001").options())
                .isEmpty();
    }

    @Test
    void aCatalogueCodeMustComeWithItsReference() {
        assertThat(errors("P", 2, "ST0127", "1.0", List.of(), "EPA0001"))
                .containsOnlyKeys("standardReference")
                .hasEntrySatisfying("standardReference", message -> assertThat(message).contains("ST0116"));
    }

    @Test
    void reportsEveryBadField() {
        assertThat(errors("", 0, "ST116", "v1", List.of("a", "A"), "EPA0002")).containsOnlyKeys(
                "name", "standardCode", "standardReference", "standardVersion", "options[1]", "epaoId");
        assertThat(errors(null, null, null, null, null, null)).containsOnlyKeys(
                "name", "standardCode", "standardReference", "standardVersion", "epaoId");
    }

    @Test
    void boundsEachField() {
        assertThat(errors("n".repeat(201), 100_000, "ST0116", "1.0", List.of("o".repeat(101)), "EPA0001"))
                .containsOnlyKeys("name", "standardCode", "options[0]");
        assertThat(errors("n".repeat(200), 99_999, "ST0116", "10.12", List.of("o".repeat(100)), "EPA0001")).isEmpty();
        assertThat(errors("P", -1, "ST0116", "1", List.of(), "EPA0001"))
                .containsOnlyKeys("standardCode", "standardVersion");
    }

    @Test
    void allowsAtMostTwentyDistinctOptions() {
        List<String> twenty = IntStream.rangeClosed(1, 20).mapToObj(i -> "Option " + i).toList();
        List<String> twentyOne = IntStream.rangeClosed(1, 21).mapToObj(i -> "Option " + i).toList();

        assertThat(errors("P", 2, "ST0116", "1.0", twenty, "EPA0001")).isEmpty();
        assertThat(errors("P", 2, "ST0116", "1.0", twentyOne, "EPA0001")).containsOnlyKeys("options");
        assertThat(errors("P", 2, "ST0116", "1.0", Collections.singletonList(null), "EPA0001"))
                .containsOnlyKeys("options[0]");
    }
}
