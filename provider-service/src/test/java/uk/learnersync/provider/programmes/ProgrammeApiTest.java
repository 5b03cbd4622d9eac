package uk.learnersync.provider.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.ProviderServiceTest;
import uk.learnersync.testing.Api;

class ProgrammeApiTest extends ProviderServiceTest {

    private static Map<String, Object> softwareDeveloper() {
        return Map.of("name", "Software developer L4", "standardCode", 2, "standardReference", "ST0116",
                "standardVersion", "1.0", "options", List.of("Web", "Mobile"), "epaoId", "EPA0001");
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> programme = new HashMap<>(softwareDeveloper());
        programme.put(field, value);
        return programme;
    }

    @Test
    void createsReadsListsAndPatchesAProgramme() {
        Map<String, Object> created = api.post("/api/v1/programmes", softwareDeveloper()).expect(201).body();
        String id = (String) created.get("id");

        assertThat(created).containsEntry("name", "Software developer L4").containsEntry("standardCode", 2)
                .containsEntry("standardReference", "ST0116").containsEntry("standardVersion", "1.0")
                .containsEntry("options", List.of("Web", "Mobile")).containsEntry("epaoId", "EPA0001");
        assertThat(api.get("/api/v1/programmes/" + id).expect(200).body()).isEqualTo(created);
        assertThat(api.get("/api/v1/programmes").expect(200).items()).containsExactly(created);

        Map<String, Object> patched = api.patch("/api/v1/programmes/" + id,
                Map.of("standardVersion", "1.1", "options", List.of("Web"), "epaoId", "EPA0002")).expect(200).body();

        assertThat(patched).containsEntry("standardVersion", "1.1").containsEntry("options", List.of("Web"))
                .containsEntry("epaoId", "EPA0002").containsEntry("name", "Software developer L4");
        assertThat(api.get("/api/v1/programmes/" + id).body()).isEqualTo(patched);
    }

    @Test
    void aMergePatchNullClearsTheOptions() {
        String id = api.post("/api/v1/programmes", softwareDeveloper()).expect(201).id();
        Map<String, Object> patch = new HashMap<>();
        patch.put("options", null);

        assertThat(api.patch("/api/v1/programmes/" + id, patch).expect(200).body()).containsEntry("options", List.of());
    }

    @Test
    void aStandardOfTheCatalogueMustComeWithItsIfateReference() {
        Api.Response refused = api.post("/api/v1/programmes", with("standardReference", "ST0127")).expect(400);

        assertThat(refused.fieldErrors()).containsOnlyKeys("standardReference")
                .hasEntrySatisfying("standardReference", message -> assertThat(message).contains("ST0116"));
        assertThat(api.get("/api/v1/programmes").items()).isEmpty();
    }

    @Test
    void acceptsANewerStandardThanTheCatalogueAndAnEpaoTheProviderAdded() {
        api.post("/api/v1/epaos", Map.of("epaoId", "EPA0960", "name", "Newer Assessments Ltd")).expect(201);
        Map<String, Object> newer = new HashMap<>(with("standardCode", 725));
        newer.put("standardReference", "ST0999");
        newer.put("epaoId", "EPA0960");

        assertThat(api.post("/api/v1/programmes", newer).expect(201).body()).containsEntry("standardCode", 725);
    }

    @Test
    void refusesBadInputFieldByFieldAndStoresNothing() {
        Map<String, Object> bad = Map.of("name", "", "standardCode", 100_000, "standardReference", "116",
                "standardVersion", "one", "options", List.of("Web", "web"), "epaoId", "EPA0961");

        Api.Response refused = api.post("/api/v1/programmes", bad).expect(400);

        assertThat(refused.fieldErrors()).containsOnlyKeys("name", "standardCode", "standardReference",
                "standardVersion", "options[1]", "epaoId");
        assertThat(refused.fieldErrors().get("epaoId")).contains("POST /api/v1/epaos");
        assertThat(api.post("/api/v1/programmes", Map.of()).expect(400).fieldErrors()).containsOnlyKeys(
                "name", "standardCode", "standardReference", "standardVersion", "epaoId");
        assertThat(api.post("/api/v1/programmes", with("standardCode", "two")).expect(400).fieldErrors())
                .containsOnlyKeys("standardCode");
        assertThat(api.post("/api/v1/programmes", with("level", 4)).expect(400).fieldErrors()).containsOnlyKeys("level");
        assertThat(api.get("/api/v1/programmes").items()).isEmpty();
    }

    /** ILR 2026/27: the programme's assessment organisation may be given by its UKPRN. */
    @Test
    void theAssessmentOrganisationMayBeGivenByTheUkprnTheRegisterKnows() {
        Map<String, Object> body = new HashMap<>(softwareDeveloper());
        body.put("epaoId", "10022712");

        assertThat(api.post("/api/v1/programmes", body).expect(201).body()).containsEntry("epaoId", "EPA0001");
        body.put("epaoId", "10088888");
        assertThat(api.post("/api/v1/programmes", body).expect(400).fieldErrors()).containsOnlyKeys("epaoId");
    }

    /** ILR 2026/27: an apprenticeship unit is a learning aim of its own, with no standard and no end-point assessment. */
    @Test
    void anApprenticeshipUnitHasItsAimReferenceAndNoStandardOrAssessmentOrganisation() {
        Map<String, Object> unit = api.post("/api/v1/programmes", Map.of("name", "Data foundations unit",
                "unitAimRef", "zsc00001")).expect(201).body();

        assertThat(unit).containsEntry("apprenticeshipType", "APPRENTICESHIP_UNIT").containsEntry("unitAimRef", "ZSC00001")
                .containsEntry("standardCode", null).containsEntry("epaoId", null).containsEntry("options", List.of());
        assertThat(api.post("/api/v1/programmes", Map.of("name", "Unit", "unitAimRef", "ZSC00002",
                "epaoId", "EPA0001", "standardCode", 2)).expect(400).fieldErrors()).containsOnlyKeys("epaoId",
                "standardCode");
        assertThat(api.patch("/api/v1/programmes/" + unit.get("id"), Map.of("name", "Data unit")).expect(200).body())
                .containsEntry("name", "Data unit").containsEntry("unitAimRef", "ZSC00001");
    }

    /** A foundation apprenticeship is a standard with an FA reference, and is treated as an apprenticeship. */
    @Test
    void aFoundationApprenticeshipIsAStandardWithAnFaReference() {
        Map<String, Object> body = new HashMap<>(softwareDeveloper());
        body.put("standardCode", 805);
        body.put("standardReference", "fa0003");

        assertThat(api.post("/api/v1/programmes", body).expect(201).body())
                .containsEntry("apprenticeshipType", "FOUNDATION_APPRENTICESHIP").containsEntry("standardReference", "FA0003")
                .containsEntry("epaoId", "EPA0001");
        assertThat(api.post("/api/v1/programmes", softwareDeveloper()).expect(201).body())
                .containsEntry("apprenticeshipType", "APPRENTICESHIP");
    }

    @Test
    void aBadPatchChangesNothing() {
        String id = api.post("/api/v1/programmes", softwareDeveloper()).expect(201).id();

        assertThat(api.patch("/api/v1/programmes/" + id, Map.of("standardCode", 1)).expect(400).fieldErrors())
                .containsOnlyKeys("standardReference");
        api.patch("/api/v1/programmes/" + id, Map.of("epaoId", "EPA0962")).expect(400);
        api.patch("/api/v1/programmes/" + id, Map.of("shoeSize", 9)).expect(400);

        assertThat(api.get("/api/v1/programmes/" + id).body()).containsEntry("standardCode", 2)
                .containsEntry("epaoId", "EPA0001");
    }

    @Test
    void anotherProvidersProgrammeIsNotFoundAndUnchanged() {
        String id = api.post("/api/v1/programmes", softwareDeveloper()).expect(201).id();
        Api other = apiFor(newProviderAccount());

        other.get("/api/v1/programmes/" + id).expect(404);
        other.patch("/api/v1/programmes/" + id, Map.of("name", "Taken over")).expect(404);
        other.get("/api/v1/programmes/not-a-uuid").expect(404);
        assertThat(other.get("/api/v1/programmes").items()).isEmpty();
        assertThat(api.get("/api/v1/programmes/" + id).body()).containsEntry("name", "Software developer L4");
    }
}
