package uk.learnersync.provider.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import uk.learnersync.validation.InvalidValueException;

/** The ILR code-list enums hold exactly ESFA's codes and descriptions (test resource learners/README.md). */
class IlrCodeListsTest {

    @Test
    void ethnicityIsEsfasLookupExactly() throws Exception {
        Map<String, String> enumCodes = new LinkedHashMap<>();
        Arrays.stream(Ethnicity.values()).forEach(e -> enumCodes.put(Integer.toString(e.code()), e.description()));

        assertThat(enumCodes).containsExactlyEntriesOf(esfaLookup("Ethnicity"));
    }

    @Test
    void sexIsEsfasLookupExactly() throws Exception {
        Map<String, String> enumCodes = new LinkedHashMap<>();
        Arrays.stream(Sex.values()).forEach(sex -> enumCodes.put(sex.name(), sex.description()));

        assertThat(enumCodes).containsExactlyEntriesOf(esfaLookup("Sex"));
    }

    @Test
    void withdrawReasonIsEsfasLookupExactly() throws Exception {
        Map<String, String> enumCodes = new LinkedHashMap<>();
        Arrays.stream(WithdrawReason.values()).forEach(r -> enumCodes.put(Integer.toString(r.code()), r.description()));

        assertThat(enumCodes).containsExactlyEntriesOf(esfaLookup("WithdrawReason"));
    }

    @Test
    void outcomeIsEsfasLookupExactly() throws Exception {
        Map<String, String> enumCodes = new LinkedHashMap<>();
        Arrays.stream(Outcome.values()).forEach(o -> enumCodes.put(Integer.toString(o.code()), o.description()));

        assertThat(enumCodes).containsExactlyEntriesOf(esfaLookup("Outcome"));
    }

    /** ESFA's OutGrade list holds every qualification's grades; an EPA's are its Pass, Merit, Distinction, Fail. */
    @Test
    void outGradeHoldsEsfasEndPointAssessmentGrades() throws Exception {
        Map<String, String> esfa = esfaLookup("OutGrade");

        Arrays.stream(OutGrade.values()).forEach(grade -> assertThat(esfa)
                .containsEntry(grade.code(), grade.name().charAt(0) + grade.name().substring(1).toLowerCase()));
        assertThatThrownBy(() -> OutGrade.ofCode("A*")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void everyEthnicityCodeReadsBackAndOthersAreRefused() {
        Arrays.stream(Ethnicity.values()).forEach(e -> assertThat(Ethnicity.of(e.code())).isSameAs(e));

        for (int code : new int[] {0, 30, 48, 97, 100}) {
            assertThatThrownBy(() -> Ethnicity.of(code)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("Ethnicity_01");
        }
    }

    @Test
    void sexIsFOrMOnly() {
        assertThat(Sex.of("F")).isEqualTo(Sex.F);
        assertThat(Sex.of("M")).isEqualTo(Sex.M);
        for (String code : new String[] {"f", "X", "", "Female"}) {
            assertThatThrownBy(() -> Sex.of(code)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("Sex_01");
        }
    }

    private static Map<String, String> esfaLookup(String name) throws Exception {
        try (InputStream xml = IlrCodeListsTest.class.getResourceAsStream("/learners/esfa-lookups-2020-21.xml")) {
            Element list = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml)
                    .getElementsByTagName(name).item(0);
            NodeList options = list.getElementsByTagName("option");
            Map<String, String> codes = new LinkedHashMap<>();
            for (int i = 0; i < options.getLength(); i++) {
                Element option = (Element) options.item(i);
                codes.put(option.getAttribute("code"), option.getAttribute("description"));
            }
            return codes;
        }
    }
}
