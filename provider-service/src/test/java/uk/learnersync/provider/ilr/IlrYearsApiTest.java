package uk.learnersync.provider.ilr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.learnersync.testing.Api;

/** ILR 2026/27 beside 2025/26: both years in, both years out, and what 2026/27 adds kept as data. */
class IlrYearsApiTest extends IlrApiTestSupport {

    @Test
    void dfes2026_27SampleImportsItsApprenticeAndItsApprenticeshipUnitAndSaysWhichYearItRead() {
        Map<String, Object> report = imported(sample2627());

        assertThat(report).containsEntry("year", "2627").containsEntry("learners", 16).containsEntry("created", 2);
        assertThat(learners()).extracting(learner -> learner.get("learnRefNumber"))
                .containsExactlyInAnyOrder("Levy", "GrowthUnits");
        Map<String, Object> levy = learner("Levy");
        assertThat(levy).containsEntry("agreemId", "A123456");
        assertThat(programmeOf(levy)).containsEntry("startDate", "2026-08-01").containsEntry("epaoId", "EPA0175")
                .containsEntry("offTheJobHours", hours(360, null));
        assertThat(api.get("/api/v1/ilr/imports/" + report.get("id")).expect(200).body()).containsEntry("year", "2627");
    }

    /** FundModel 39, ProgType 34: imported and kept, on a programme of its own, never registered with an EPAO. */
    @Test
    void anApprenticeshipUnitIsKeptButNeverRegisteredWithAnAssessmentOrganisation() {
        imported(sample2627());
        Map<String, Object> unit = learner("GrowthUnits");

        Map<String, Object> programme = api.get("/api/v1/programmes/" + programmeOf(unit).get("programmeId"))
                .expect(200).body();
        assertThat(programme).containsEntry("apprenticeshipType", "APPRENTICESHIP_UNIT")
                .containsEntry("unitAimRef", "ZSC00001").containsEntry("epaoId", null);
        assertThat(unit).containsEntry("agreemId", "A123456");
        assertThat(programmeOf(unit)).containsEntry("epaoId", null).containsEntry("plannedEndDate", "2026-11-01");
        Api.Response refused = api.post("/api/v1/learners/" + unit.get("id") + "/epa-registration",
                Map.of("mode", "MANUAL")).expect(409);
        assertThat((String) refused.body().get("detail")).contains("apprenticeship unit (ZSC00001)")
                .contains("never registered");
    }

    @Test
    void filesOfEitherYearUpdateTheSameLearnersByLearnRefNumber() {
        imported(sample());
        String levyId = (String) learner("Levy").get("id");

        Map<String, Object> report = imported(sample2627());

        assertThat(report).containsEntry("created", 1).containsEntry("updated", 1).containsEntry("unchanged", 0);
        assertThat(learner("Levy")).containsEntry("id", levyId).containsEntry("agreemId", "A123456");
        assertThat(programmeOf(learner("Levy"))).containsEntry("startDate", "2026-08-01");
    }

    /** DfE's Namespace_Mismatch: ESFA/ILR/2026-27 is no year; the whole file is refused and nothing is stored. */
    @Test
    void aFileOfAnotherNamespaceIsRefusedWholeAndStoresNothing() {
        String esfaPrefixed = sample2627().replace("xmlns=\"ILR/2026-27\"", "xmlns=\"ESFA/ILR/2026-27\"");

        Map<String, String> errors = importFile(api, esfaPrefixed).expect(400).fieldErrors();

        assertThat(errors.get("file")).contains("ESFA/ILR/2026-27").contains("Namespace_Mismatch");
        assertThat(learners()).isEmpty();
    }

    /** Each file is held to its own year's schema: an 8-character EPAOrgID is 2026/27's, not 2025/26's. */
    @Test
    void eachYearIsValidatedAgainstItsOwnSchema() {
        String ukprnIn2526 = sample().replace("<EPAOrgID>EPA0175</EPAOrgID>", "<EPAOrgID>10022712</EPAOrgID>");
        String agreemIdIn2526 = sample().replace("<EmpId>907173756</EmpId>",
                "<EmpId>907173756</EmpId><AgreemId>A123456</AgreemId>");

        assertThat(importFile(api, ukprnIn2526).expect(400).fieldErrors().get("file")).contains("10022712");
        assertThat(importFile(api, agreemIdIn2526).expect(400).fieldErrors().get("file")).contains("AgreemId");
        assertThat(importFile(api, resource("/ilr/ILR-99999999-2627-20250408-094403.xml").replace(
                "<UKPRN>99999999</UKPRN>", "<UKPRN>" + ukprn + "</UKPRN>")).expect(400).fieldErrors().get("file"))
                .contains("GrowthskillsAppunits");
        assertThat(learners()).isEmpty();
    }

    /** ILR 2026/27: an assessment organisation given by its UKPRN, in a file, is that organisation, and registers. */
    @Test
    @SuppressWarnings("unchecked")
    void anAssessmentOrganisationGivenByItsUkprnInAFileIsTheRegistersOrOneTheProviderAdds() {
        Map<String, Object> report = imported(sample2627().replace("<EPAOrgID>EPA0175</EPAOrgID>",
                "<EPAOrgID>10022712</EPAOrgID>"));

        assertThat(errors(report)).filteredOn(error -> error.get("rule").equals("EPAOrgID_01")).isEmpty();
        assertThat(programmeOf(learner("Levy"))).containsEntry("epaoId", "EPA0001");

        Map<String, Object> again = imported(sample2627().replace("<EPAOrgID>EPA0175</EPAOrgID>",
                "<EPAOrgID>10099999</EPAOrgID>"));
        assertThat(errors(again)).filteredOn(error -> error.get("rule").equals("EPAOrgID_01"))
                .extracting(error -> error.get("learnRefNumber"), error -> error.get("severity"))
                .containsExactly(tuple("Levy", "W"));
        Map<String, Object> levy = learner("Levy");
        assertThat(programmeOf(levy)).containsEntry("epaoId", "10099999");
        String connectionId = api.post("/api/v1/epa-connections", Map.of("epaoId", "10099999",
                "baseUrl", "http://localhost:9/", "apiToken", "x")).expect(201).id();
        Map<String, Object> registered = api.post("/api/v1/learners/" + levy.get("id") + "/epa-registration", Map.of())
                .expect(201).body();
        assertThat((Map<String, Object>) registered.get("epaRegistration")).containsEntry("mode", "CONNECTED")
                .containsEntry("epaoId", "10099999").containsEntry("connectionId", connectionId);
    }

    @Test
    void aRoundTripOf2026_27ChangesNothing() throws Exception {
        imported(sample2627());
        List<Map<String, Object>> before = learners();

        String file = export("2627");
        Map<String, Object> report = imported(file);

        assertThat(file).contains("<AgreemId>A123456</AgreemId>").contains("<LearnAimRef>ZSC00001</LearnAimRef>")
                .contains("<FundModel>39</FundModel>").contains("<HRSAmount>360</HRSAmount>");
        assertThat(report).containsEntry("year", "2627").containsEntry("learners", 2).containsEntry("created", 0)
                .containsEntry("updated", 2).containsEntry("unchanged", 2).containsEntry("rejected", 0);
        assertThat(errors(report)).extracting(error -> error.get("severity")).containsOnly("W");
        assertThat(learners()).isEqualTo(before);
    }

    /** As an MIS moves a provider's file to 2026/27, DfE's way: PHours to HRS 1, OTJActHours to HRS 3. */
    @Test
    void aFileMigratedFrom2025_26To2026_27AsAnMisDoesItChangesNothing() throws Exception {
        ByteArrayOutputStream generated = new ByteArrayOutputStream();
        new IlrFileGenerator(ukprn, 11).write(generated, 30);
        String file2526 = generated.toString(StandardCharsets.UTF_8).replaceFirst(
                "(<LearnRefNumber>G0000001</LearnRefNumber>[\\s\\S]*?<FundModel>36</FundModel><PHours>\\d+</PHours>)",
                "$1<OTJActHours>42</OTJActHours>");
        assertThat(imported(file2526)).containsEntry("created", 30).containsEntry("rejected", 0);
        List<Map<String, Object>> before = learners();

        String migrated = MisMigration.to2627(file2526);
        assertValidAgainstTheSchema(migrated, "2627");
        Map<String, Object> report = imported(migrated);

        assertThat(migrated).doesNotContain("PHours").doesNotContain("OTJActHours").contains("<HRSCode>3</HRSCode>");
        assertThat(report).containsEntry("year", "2627").containsEntry("updated", 30).containsEntry("unchanged", 30)
                .containsEntry("rejected", 0);
        assertThat(learners()).isEqualTo(before);
        assertThat(programmeOf(learner("G0000001")).get("offTheJobHours")).satisfies(hours ->
                assertThat(((Map<?, ?>) hours).get("actual")).isEqualTo(42));
        assertThat(export("2627")).contains("<HRSAmount>42</HRSAmount>").doesNotContain("PHours");
    }

    /** A 2025/26 file of 2026/27 data leaves out what 2025/26 cannot hold, with a warning, and stays valid. */
    @Test
    void writing2025_26From2026_27DataLeavesOutWhatThatYearCannotHoldWithAWarning() throws Exception {
        imported(sample2627().replace("<EPAOrgID>EPA0175</EPAOrgID>", "<EPAOrgID>10099999</EPAOrgID>"));

        Api.Response response = exportResponse("2526");
        String file = response.text();

        assertValidAgainstTheSchema(file, "2526");
        assertThat(file).contains("<LearnRefNumber>Levy</LearnRefNumber>").doesNotContain("GrowthUnits")
                .doesNotContain("AgreemId").doesNotContain("EPAOrgID").contains("<PHours>360</PHours>");
        assertThat(response.headers("ILR-Left-Out")).hasSize(3)
                .anySatisfy(warning -> assertThat(warning).contains("apprenticeship units").contains("GrowthUnits"))
                .anySatisfy(warning -> assertThat(warning).contains("UKPRN").contains("Levy"))
                .anySatisfy(warning -> assertThat(warning).contains("AgreemId").contains("1 learner: Levy"));

        Map<String, Object> report = imported(file);
        assertThat(report).containsEntry("year", "2526").containsEntry("unchanged", 0);
        assertThat(learner("Levy")).containsEntry("agreemId", "A123456");
    }

    /** HRS 4 with its RIP 1 price reduction: held by 2026/27 and left out of 2025/26. */
    @Test
    void priorLearningGoesOutIn2026_27AndIsLeftOutOf2025_26() throws Exception {
        String withPriorLearning = sample2627().replace("<HRSAmount>360</HRSAmount>\r\n\t\t\t</HRSRecord>",
                "<HRSAmount>360</HRSAmount>\r\n\t\t\t</HRSRecord><HRSRecord><HRSType>HRS</HRSType><HRSCode>4</HRSCode>"
                        + "<HRSAmount>40</HRSAmount></HRSRecord>")
                .replace("<AFinAmount>500</AFinAmount>\r\n\t\t\t</AppFinRecord>", "<AFinAmount>500</AFinAmount>\r\n"
                        + "\t\t\t</AppFinRecord><AppFinRecord><AFinType>RIP</AFinType><AFinCode>1</AFinCode>"
                        + "<AFinDate>2026-08-01</AFinDate><AFinAmount>900</AFinAmount></AppFinRecord>");
        imported(withPriorLearning);

        assertThat(programmeOf(learner("Levy")).get("offTheJobHours")).isEqualTo(hoursWithPrior());
        assertThat(export("2627")).contains("<HRSCode>4</HRSCode>").contains("<AFinType>RIP</AFinType>");
        assertThat(exportResponse("2526").headers("ILR-Left-Out"))
                .anySatisfy(warning -> assertThat(warning).contains("HRS 4").contains("Levy"));
    }

    /** FundModel 36, ProgType 25, a standard of IfATE reference FA: a foundation apprenticeship is an apprenticeship. */
    @Test
    void aFoundationApprenticeshipIsImportedAndRegisteredAsAnApprenticeship() {
        String foundation = api.post("/api/v1/programmes", Map.of("name", "Engineering foundation apprenticeship",
                "standardCode", 805, "standardReference", "FA0003", "standardVersion", "1.0", "epaoId", "EPA0001"))
                .expect(201).id();

        imported(sample2627().replace("<StdCode>28</StdCode>", "<StdCode>805</StdCode>")
                .replace("<EPAOrgID>EPA0175</EPAOrgID>", "<EPAOrgID>EPA0001</EPAOrgID>"));

        Map<String, Object> levy = learner("Levy");
        assertThat(programmeOf(levy)).containsEntry("programmeId", foundation).containsEntry("epaoId", "EPA0001");
        api.post("/api/v1/learners/" + levy.get("id") + "/epa-registration", Map.of("mode", "MANUAL")).expect(201);
    }

    private static Map<String, Object> hoursWithPrior() {
        Map<String, Object> hours = hours(360, null);
        hours.put("priorLearning", Map.of("hours", 40, "priceReduction", 900, "priceReductionDate", "2026-08-01"));
        return hours;
    }

    private static Map<String, Object> hours(Integer planned, Integer actual) {
        Map<String, Object> hours = new HashMap<>();
        hours.put("planned", planned);
        hours.put("actual", actual);
        hours.put("priorLearning", null);
        return hours;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> programmeOf(Map<String, Object> learner) {
        return (Map<String, Object>) learner.get("programme");
    }
}
