package uk.learnersync.provider.ilr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class IlrImportApiTest extends IlrApiTestSupport {

    @Test
    void esfasSampleImportsItsTwoApprenticesAndCountsEveryLearner() {
        Map<String, Object> report = imported(sample());

        assertThat(report).containsEntry("year", "2526").containsEntry("learners", 19).containsEntry("created", 2)
                .containsEntry("updated", 0).containsEntry("rejected", 2).containsEntry("skipped", 15);
        assertThat(learners()).extracting(learner -> learner.get("learnRefNumber"))
                .containsExactlyInAnyOrder("StandLearn", "Levy");
    }

    @Test
    void ULN_04_asfLearnerIsRejectedForItsUlnCheckDigit() {
        Map<String, Object> report = imported(sample());

        assertThat(errors(report)).contains(Map.of("learnRefNumber", "ASFLearner", "uln", "1061484935",
                "rule", "ULN_04", "severity", "E",
                "message", "The Unique learner number does not pass the checksum calculation (ULN 1061484935)"));
        assertThat(api.get("/api/v1/learners?learnRefNumber=ASFLearner").expect(200).items()).isEmpty();
    }

    @Test
    void LearnPlanEndDate_02_tLevelTIsRejectedForPlanningToEndBeforeItStarts() {
        Map<String, Object> report = imported(sample());

        assertThat(errors(report)).filteredOn(error -> error.get("learnRefNumber").equals("TLevelT"))
                .extracting(error -> error.get("rule")).containsOnly("LearnPlanEndDate_02");
    }

    @Test
    void theApprenticesTakeTheirStandardEpaoEmployerAndDatesFromTheProgrammeAim() {
        imported(sample());

        Map<String, Object> levy = learner("Levy");
        assertThat(levy).containsEntry("uln", "1004014316").containsEntry("givenNames", "Smith")
                .containsEntry("familyName", "John").containsEntry("dateOfBirth", "1997-01-01")
                .containsEntry("sex", "M").containsEntry("ethnicity", 31).containsEntry("email", "name-name@xyz.com")
                .containsEntry("compStatus", 1);
        assertThat(programmeOf(levy)).containsEntry("startDate", "2019-07-01")
                .containsEntry("plannedEndDate", "2020-12-30").containsEntry("epaoId", "EPA0175");
        Map<String, Object> programme = api.get("/api/v1/programmes/" + programmeOf(levy).get("programmeId"))
                .expect(200).body();
        assertThat(programme).containsEntry("standardCode", 28).containsEntry("standardReference", "ST0178")
                .containsEntry("epaoId", "EPA0175");
        Map<String, Object> employer = api.get("/api/v1/employers/" + levy.get("employerId")).expect(200).body();
        assertThat(employer).containsEntry("empId", "907173756");

        Map<String, Object> standLearn = learner("StandLearn");
        Map<String, Object> network = api.get("/api/v1/programmes/" + programmeOf(standLearn).get("programmeId"))
                .expect(200).body();
        assertThat(network).containsEntry("standardCode", 1).containsEntry("standardReference", "ST0127");
        assertThat(programmeOf(standLearn)).containsEntry("epaoId", "EPA0175");
    }

    @Test
    void EPAOrgID_01_anEpaoOutsideTheRegisterIsAddedToTheDirectoryWithAWarning() {
        Map<String, Object> report = imported(sample());

        assertThat(errors(report)).filteredOn(error -> error.get("rule").equals("EPAOrgID_01"))
                .extracting(error -> error.get("learnRefNumber"), error -> error.get("severity"))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("StandLearn", "W"),
                        org.assertj.core.groups.Tuple.tuple("Levy", "W"));
        assertThat(api.get("/api/v1/epaos/EPA0175").expect(200).body()).containsEntry("epaoId", "EPA0175");
    }

    @Test
    void aSecondImportOfTheSameFileCreatesNothingAndChangesNothing() {
        imported(sample());
        List<Map<String, Object>> before = learners();
        int programmes = api.get("/api/v1/programmes").expect(200).items().size();
        int employers = api.get("/api/v1/employers").expect(200).items().size();

        Map<String, Object> again = imported(sample());

        assertThat(again).containsEntry("learners", 19).containsEntry("created", 0).containsEntry("updated", 2)
                .containsEntry("unchanged", 2).containsEntry("rejected", 2).containsEntry("skipped", 15);
        assertThat(learners()).isEqualTo(before);
        assertThat(api.get("/api/v1/programmes").expect(200).items()).hasSize(programmes);
        assertThat(api.get("/api/v1/employers").expect(200).items()).hasSize(employers);
    }

    @Test
    void aChangedFileUpdatesTheLearnerByItsLearnRefNumber() {
        imported(sample());
        String changed = sample().replace("<FamilyName>John</FamilyName>", "<FamilyName>Johnson</FamilyName>");

        Map<String, Object> report = imported(changed);

        assertThat(report).containsEntry("created", 0).containsEntry("updated", 2).containsEntry("unchanged", 1);
        assertThat(learner("Levy")).containsEntry("familyName", "Johnson");
    }

    @Test
    void aFileThatBreaksTheSchemaIsRefusedWholeAndStoresNothing() {
        String broken = sample().replace("<Sex>M</Sex>", "<Sex>Male</Sex>");

        Map<String, String> errors = importFile(api, broken).expect(400).fieldErrors();

        assertThat(errors).containsKey("file");
        assertThat(errors.get("file")).contains("cvc-").contains("Male");
        assertThat(learners()).isEmpty();
        assertThat(api.get("/api/v1/epaos?q=EPA0175").expect(200).items()).isEmpty();
    }

    @Test
    void anotherProvidersFileIsRefusedOnItsUkprnAndStoresNothing() {
        Map<String, String> errors = importFile(api, resource("/ilr/ILR-99999999-2526-20250108-094401.xml"))
                .expect(400).fieldErrors();

        assertThat(errors).containsOnlyKeys("Header.Source.UKPRN", "LearningProvider.UKPRN");
        assertThat(errors.get("Header.Source.UKPRN")).contains(ukprn).contains(SAMPLE_UKPRN);
        assertThat(learners()).isEmpty();
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Message [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <Message xmlns="ESFA/ILR/2025-26"><Header>&secret;</Header></Message>""";

        Map<String, String> errors = importFile(api, xxe).expect(400).fieldErrors();

        assertThat(errors.get("file")).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void aBodyThatIsNotXmlIsRefused() {
        assertThat(importFile(api, "{\"learners\": []}").status()).isEqualTo(400);
        assertThat(api.sendRaw("POST", "/api/v1/ilr/imports", "{}", "application/json").status()).isEqualTo(415);
    }

    @Test
    void aLearnerThatLearnerSyncRefusesIsRejectedAloneAndTheOthersImport() {
        String withoutEmail = sample().replaceFirst(
                "(<LearnRefNumber>Levy</LearnRefNumber>[\\s\\S]*?)<Email>name-name@xyz.com</Email>", "$1");

        Map<String, Object> report = imported(withoutEmail);

        assertThat(report).containsEntry("created", 1).containsEntry("rejected", 3);
        assertThat(errors(report)).contains(Map.of("learnRefNumber", "Levy", "uln", "1004014316",
                "rule", "LearnerSync", "severity", "E", "message", "email: is required"));
        assertThat(learners()).extracting(learner -> learner.get("learnRefNumber")).containsExactly("StandLearn");
    }

    @Test
    void CC_5_aBreakInAFileIsAppliedToTheRecordAsAChangeOfCircumstanceThroughTheImport() {
        imported(sample());
        String onBreak = sample().replaceFirst("(<LearnRefNumber>Levy</LearnRefNumber>[\\s\\S]*?<AimType>1</AimType>"
                + "[\\s\\S]*?)<CompStatus>1</CompStatus>", "$1<CompStatus>6</CompStatus>"
                + "<LearnActEndDate>2020-01-31</LearnActEndDate>");

        Map<String, Object> report = imported(onBreak);

        assertThat(errors(report)).filteredOn(error -> error.get("learnRefNumber").equals("Levy"))
                .filteredOn(error -> error.get("rule").equals("LearnerSync")).isEmpty();
        Map<String, Object> levy = learner("Levy");
        assertThat(levy).containsEntry("status", "ON_BREAK").containsEntry("compStatus", 6);
        assertThat(api.get("/api/v1/learners/" + levy.get("id") + "/circumstances").expect(200).items()).singleElement()
                .satisfies(circumstance -> assertThat(circumstance).containsEntry("type", "BREAK_IN_LEARNING")
                        .containsEntry("effectiveDate", "2020-01-31").containsEntry("channel", "IMPORT"));
    }

    @Test
    void aCompletionInAFileIsReportedNotApplied() {
        imported(sample());
        String completed = sample().replaceFirst("(<LearnRefNumber>Levy</LearnRefNumber>[\\s\\S]*?<AimType>1</AimType>"
                + "[\\s\\S]*?)<CompStatus>1</CompStatus>", "$1<CompStatus>2</CompStatus>"
                + "<LearnActEndDate>2020-01-31</LearnActEndDate>");

        Map<String, Object> report = imported(completed);

        assertThat(errors(report)).filteredOn(error -> error.get("learnRefNumber").equals("Levy"))
                .filteredOn(error -> error.get("rule").equals("LearnerSync")).singleElement().satisfies(error ->
                        assertThat((String) error.get("message")).startsWith("CompStatus 2 of aim 2 (ZPROG001) was not applied"));
        assertThat(learner("Levy")).containsEntry("status", "ACTIVE").containsEntry("compStatus", 1);
    }

    /** A file may name a learner twice: the first creates it and the second updates it, one after the other. */
    @Test
    void aLearnRefNumberTwiceInAFileCreatesTheLearnerThenUpdatesIt() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new IlrFileGenerator(ukprn, 7).write(file, 300);
        String xml = file.toString(StandardCharsets.UTF_8);
        Matcher learner = Pattern.compile("<Learner><LearnRefNumber>G0000250</LearnRefNumber>.*?</Learner>",
                Pattern.DOTALL).matcher(xml);
        assertThat(learner.find()).isTrue();
        String again = learner.group().replaceFirst("<FamilyName>[^<]*</FamilyName>", "<FamilyName>Twice</FamilyName>");

        Map<String, Object> report = imported(xml.replace(learner.group(), learner.group() + again));

        assertThat(report).containsEntry("learners", 301).containsEntry("created", 300).containsEntry("updated", 1)
                .containsEntry("rejected", 0);
        assertThat(learner("G0000250")).containsEntry("familyName", "Twice");
    }

    @Test
    void theImportReportIsKept() {
        Map<String, Object> report = imported(sample());

        Map<String, Object> again = api.get("/api/v1/ilr/imports/" + report.get("id")).expect(200).body();

        assertThat(again).isEqualTo(report);
    }

    @Test
    void anotherProviderCannotReadTheImportReport() {
        Map<String, Object> report = imported(sample());

        apiFor(newProviderAccount()).get("/api/v1/ilr/imports/" + report.get("id")).expect(404);
        api.get("/api/v1/ilr/imports/not-an-id").expect(404);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> programmeOf(Map<String, Object> learner) {
        return (Map<String, Object>) learner.get("programme");
    }
}
