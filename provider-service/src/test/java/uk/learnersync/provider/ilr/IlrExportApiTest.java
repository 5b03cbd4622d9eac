package uk.learnersync.provider.ilr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class IlrExportApiTest extends IlrApiTestSupport {

    @Test
    void theExportValidatesAgainstEsfasSchema() throws Exception {
        imported(sample());

        String file = export();

        assertValidAgainstTheSchema(file);
        assertThat(file).contains("<UKPRN>" + ukprn + "</UKPRN>").contains("<LearnRefNumber>Levy</LearnRefNumber>")
                .contains("<StdCode>28</StdCode>").contains("<EPAOrgID>EPA0175</EPAOrgID>")
                .contains("<EmpId>907173756</EmpId>").contains("<FundModel>36</FundModel>");
    }

    @Test
    void aRoundTripImportExportImportChangesNothing() throws Exception {
        imported(sample());
        List<Map<String, Object>> before = learners();

        Map<String, Object> report = imported(export());

        assertThat(report).containsEntry("learners", 2).containsEntry("created", 0).containsEntry("updated", 2)
                .containsEntry("unchanged", 2).containsEntry("rejected", 0).containsEntry("skipped", 0);
        assertThat(errors(report)).extracting(error -> error.get("severity")).containsOnly("W");
        assertThat(learners()).isEqualTo(before);
    }

    @Test
    void aLearnerCreatedThroughTheApiIsExported() throws Exception {
        String programmeId = api.post("/api/v1/programmes", Map.of("name", "Software developer", "standardCode", 2,
                "standardReference", "ST0116", "standardVersion", "1.0", "epaoId", "EPA0001")).expect(201).id();
        api.post("/api/v1/learners", Map.of("uln", "1061487856", "givenNames", "Ada", "familyName", "Lovelace",
                "dateOfBirth", "2004-12-10", "sex", "F", "ethnicity", 31, "email", "ada@learner.test",
                "learnRefNumber", "ADA1", "programme", Map.of("programmeId", programmeId, "startDate", "2025-09-01",
                        "plannedEndDate", "2027-03-31"))).expect(201);

        String file = export();

        assertValidAgainstTheSchema(file);
        assertThat(file).contains("<LearnRefNumber>ADA1</LearnRefNumber>").contains("<StdCode>2</StdCode>")
                .contains("<EPAOrgID>EPA0001</EPAOrgID>").doesNotContain("LearnerEmploymentStatus");
    }

    @Test
    void aProviderWithoutLearnersHasNothingToExport() {
        api.get("/api/v1/ilr/export").expect(409);
    }
}
