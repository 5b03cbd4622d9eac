package uk.learnersync.provider.ilr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.learnersync.testing.Api;

class IlrExportApiTest extends IlrApiTestSupport {

    @Test
    void theExportOf2025_26ValidatesAgainstEsfasSchema() throws Exception {
        imported(sample());

        String file = export("2526");

        assertThat(file).contains("<UKPRN>" + ukprn + "</UKPRN>").contains("<LearnRefNumber>Levy</LearnRefNumber>")
                .contains("<StdCode>28</StdCode>").contains("<EPAOrgID>EPA0175</EPAOrgID>")
                .contains("<EmpId>907173756</EmpId>").contains("<FundModel>36</FundModel>");
    }

    @Test
    void aRoundTripImportExportImportOf2025_26ChangesNothing() throws Exception {
        imported(sample());
        List<Map<String, Object>> before = learners();

        Map<String, Object> report = imported(export("2526"));

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

        String file = export("2526");

        assertThat(file).contains("<LearnRefNumber>ADA1</LearnRefNumber>").contains("<StdCode>2</StdCode>")
                .contains("<EPAOrgID>EPA0001</EPAOrgID>").doesNotContain("LearnerEmploymentStatus");
    }

    @Test
    void aProviderWithoutLearnersHasNothingToExport() {
        api.get("/api/v1/ilr/export").expect(409);
        api.get("/api/v1/ilr/export?year=2526").expect(409);
    }

    /** A collection year starts on 1 August: without a year, the export is of the year today is in. */
    @Test
    void withoutAYearTheExportIsOfTheCurrentCollectionYear() throws Exception {
        imported(sample());
        IlrYear current = IlrYear.current(LocalDate.now(ZoneId.of("Europe/London")));

        Api.Response response = api.get("/api/v1/ilr/export").expect(200);

        assertThat(response.headers("ILR-Year")).containsExactly(current.code());
        assertThat(response.headers("Content-Disposition")).singleElement().asString()
                .matches(".*ILR-" + ukprn + "-" + current.code() + "-\\d{8}-\\d{6}-01\\.xml.*");
        assertValidAgainstTheSchema(response.text(), current.code());
    }

    @Test
    void aYearLearnerSyncDoesNotWriteIsRefused() {
        assertThat(api.get("/api/v1/ilr/export?year=2425").expect(400).fieldErrors()).containsOnlyKeys("year");
    }
}
