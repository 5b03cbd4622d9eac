package uk.learnersync.provider.edits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.EndToEndTest;
import uk.learnersync.testing.Api;

/**
 * Optimistic concurrency as integrators expect it (CV-6): every record the API shows carries its
 * version as {@code ETag}; a PATCH with a stale {@code If-Match} is refused with 412 and changes
 * nothing, while the current one applies and answers with the new ETag.
 */
class IfMatchApiTest extends EndToEndTest {

    private static final String EPAO = "EPA0001";

    private String programme;
    private Map<String, String> employer;
    private String manager;
    private String caseOwner;
    private String learner;

    @BeforeEach
    void records() {
        programme = scenario.programme(EPAO);
        employer = scenario.employer("Acme Ltd", "LS1 4AP");
        manager = scenario.manager(employer.get("id"), "Mona");
        caseOwner = scenario.caseOwner("Tess");
        learner = scenario.learner(programme, Map.of("caseOwnerId", caseOwner));
    }

    @Test
    void CV_6_aCaseOwnerPatchWithAStaleIfMatchIs412AndChangesNothingWhileTheCurrentOneApplies() {
        staleIfMatchIsRefusedAndTheCurrentOneApplies("/api/v1/case-owners/" + caseOwner,
                Map.of("familyName", "Teacher"), Map.of("email", "tess.stale@provider.test"));
    }

    @Test
    void CV_6_aManagerPatchWithAStaleIfMatchIs412AndChangesNothingWhileTheCurrentOneApplies() {
        staleIfMatchIsRefusedAndTheCurrentOneApplies("/api/v1/managers/" + manager,
                Map.of("phone", "0113 496 0999"), Map.of("givenName", "Stale"));
    }

    @Test
    void CV_6_anEmployerPatchWithAStaleIfMatchIs412AndChangesNothingWhileTheCurrentOneApplies() {
        staleIfMatchIsRefusedAndTheCurrentOneApplies("/api/v1/employers/" + employer.get("id"),
                Map.of("name", "Acme Engineering Ltd"), Map.of("empId", "907173756"));
    }

    @Test
    void CV_6_anAddressPatchWithAStaleIfMatchIs412AndChangesNothingWhileTheCurrentOneApplies() {
        staleIfMatchIsRefusedAndTheCurrentOneApplies(addressPath(), Map.of("line1", "2 Park Row"),
                Map.of("town", "Bradford"));
    }

    @Test
    void CV_6_aProgrammePatchWithAStaleIfMatchIs412AndChangesNothingWhileTheCurrentOneApplies() {
        staleIfMatchIsRefusedAndTheCurrentOneApplies("/api/v1/programmes/" + programme,
                Map.of("standardVersion", "1.1"), Map.of("name", "Stale name"));
    }

    @Test
    void CV_6_aLearnerPatchWithAStaleIfMatchIs412AndChangesNothingWhileTheCurrentOneApplies() {
        staleIfMatchIsRefusedAndTheCurrentOneApplies("/api/v1/learners/" + learner,
                Map.of("familyName", "Byron"), Map.of("email", "stale@learner.test"));
    }

    @Test
    void CV_6_aLearnersProgrammePatchWithAStaleIfMatchIs412AndChangesNothing() {
        String path = "/api/v1/learners/" + learner;
        String read = api.get(path).expect(200).etag();

        Api.Response changed = api.patch(path + "/programme", Map.of("epaPeriodMonths", 6), read).expect(200);
        Api.Response stale = api.patch(path + "/programme", Map.of("plannedEndDate", "2028-03-31"), read);

        assertThat(changed.etag()).isNotEqualTo(read);
        assertRefusedAsStale(stale);
        Api.Response now = api.get(path).expect(200);
        assertThat(now.etag()).isEqualTo(changed.etag());
        assertThat(programmeOf(now)).containsEntry("epaPeriodMonths", 6).containsEntry("plannedEndDate", "2027-03-31");
        assertThat(api.patch(path + "/programme", Map.of("plannedEndDate", "2028-03-31"), now.etag()).expect(200).body()
                .get("programme").toString()).contains("plannedEndDate=2028-03-31");
    }

    @Test
    void CV_6_eachReadAndWriteCarriesTheRecordsVersionAsItsETag() {
        Api.Response created = api.post("/api/v1/case-owners", Map.of("givenName", "Theo", "familyName", "Okafor",
                "email", "theo@provider.test")).expect(201);
        String path = "/api/v1/case-owners/" + created.id();

        assertThat(created.etag()).isEqualTo("\"0\"");
        assertThat(api.get(path).expect(200).etag()).isEqualTo("\"0\"");
        assertThat(api.patch(path, Map.of("phone", "01632 960002")).expect(200).etag()).isEqualTo("\"1\"");
        assertThat(api.patch(path, Map.of("phone", "01632 960002")).expect(200).etag())
                .as("a patch that changes nothing leaves the version").isEqualTo("\"1\"");
        assertThat(api.get(path).expect(200).etag()).isEqualTo("\"1\"");
        assertThat(api.post("/api/v1/employers/" + employer.get("id") + "/addresses", Map.of("line1", "Site 2",
                "town", "Leeds", "postcode", "LS2 7EW")).expect(201).etag()).isEqualTo("\"0\"");
        assertThat(api.post("/api/v1/learners/" + learner + "/epa-registration", Map.of("mode", "MANUAL"))
                .expect(201).etag()).isEqualTo("\"1\"");
    }

    @Test
    void CV_6_anEmployersETagMovesWithItsAddressesSoAStaleIfMatchStillMeets412() {
        String path = "/api/v1/employers/" + employer.get("id");
        String read = api.get(path).expect(200).etag();

        api.patch(addressPath(), Map.of("line1", "2 Park Row")).expect(200);

        assertThat(api.get(path).expect(200).etag()).isNotEqualTo(read);
        assertRefusedAsStale(api.patch(path, Map.of("name", "Stale Ltd"), read));
        assertThat(api.get(path).body()).containsEntry("name", "Acme Ltd");
    }

    @Test
    void CV_6_ifMatchAnyAppliesAndAWeakTagNeverMatches() {
        String path = "/api/v1/case-owners/" + caseOwner;
        String read = api.get(path).expect(200).etag();

        assertRefusedAsStale(api.patch(path, Map.of("phone", "01632 960009"), "W/" + read));
        api.patch(path, Map.of("phone", "01632 960009"), "*").expect(200);
        api.patch(path, Map.of("familyName", "Teacher"), "\"41\", " + api.get(path).etag()).expect(200);

        assertThat(api.get(path).body()).containsEntry("phone", "01632 960009").containsEntry("familyName", "Teacher");
    }

    @Test
    void CV_6_aStateConflictStaysA409WithTheCurrentIfMatch() {
        api.post("/api/v1/employers", Map.of("name", "Globex", "empId", "907173756", "addresses",
                List.of(Map.of("line1", "1 Globex Way", "town", "Leeds", "postcode", "LS1 1AA")))).expect(201);
        String path = "/api/v1/employers/" + employer.get("id");

        api.patch(path, Map.of("empId", "907173756"), api.get(path).etag()).expect(409);
    }

    @Test
    @SuppressWarnings("unchecked")
    void CV_6_theApiDocumentsETagAndIfMatchOnEveryOperationThatOffersThem() {
        Map<String, Object> paths = (Map<String, Object>) admin.get("/v3/api-docs").expect(200).body().get("paths");
        for (String patched : List.of("/api/v1/case-owners/{id}", "/api/v1/managers/{id}", "/api/v1/employers/{id}",
                "/api/v1/employers/{id}/addresses/{addressId}", "/api/v1/programmes/{id}", "/api/v1/learners/{id}",
                "/api/v1/learners/{id}/programme")) {
            Map<String, Object> patch = (Map<String, Object>) ((Map<String, Object>) paths.get(patched)).get("patch");
            assertThat((List<Map<String, Object>>) patch.get("parameters")).as(patched)
                    .anySatisfy(parameter -> assertThat(parameter).containsEntry("in", "header")
                            .containsEntry("name", "If-Match").containsKey("description"));
            Map<String, Object> responses = (Map<String, Object>) patch.get("responses");
            assertThat(responses).as(patched).containsKey("412");
            assertThat((Map<String, Object>) ((Map<String, Object>) responses.get("200")).get("headers")).as(patched)
                    .containsKey("ETag");
        }
        Map<String, Object> read = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/v1/case-owners/{id}"))
                .get("get");
        assertThat((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) read.get("responses"))
                .get("200")).get("headers")).containsKey("ETag");
    }

    /**
     * Changes the record with the ETag it was read with, then tries another change with that same,
     * now stale, ETag: refused with 412, nothing changed; with the current ETag it applies.
     */
    private void staleIfMatchIsRefusedAndTheCurrentOneApplies(String path, Map<String, Object> first,
                                                              Map<String, Object> second) {
        Api.Response read = api.get(path).expect(200);
        assertThat(read.etag()).matches("\"[0-9]+\"");

        Api.Response changed = api.patch(path, first, read.etag()).expect(200);
        Api.Response stale = api.patch(path, second, read.etag());

        assertThat(changed.etag()).matches("\"[0-9]+\"").isNotEqualTo(read.etag());
        assertThat(changed.body()).containsAllEntriesOf(first);
        assertRefusedAsStale(stale);
        Api.Response now = api.get(path).expect(200);
        assertThat(now.etag()).isEqualTo(changed.etag());
        assertThat(now.body()).isEqualTo(changed.body());

        Api.Response current = api.patch(path, second, now.etag()).expect(200);
        assertThat(current.body()).containsAllEntriesOf(first).containsAllEntriesOf(second);
        assertThat(current.etag()).isNotEqualTo(now.etag()).isEqualTo(api.get(path).etag());
    }

    private static void assertRefusedAsStale(Api.Response answer) {
        answer.expect(412);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).containsEntry("status", 412);
        assertThat((String) answer.body().get("detail")).contains("has changed since you read it")
                .contains("Nothing was changed");
    }

    private String addressPath() {
        return "/api/v1/employers/" + employer.get("id") + "/addresses/" + employer.get("addressId");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> programmeOf(Api.Response learner) {
        return (Map<String, Object>) learner.body().get("programme");
    }
}
