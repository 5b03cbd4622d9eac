package uk.learnersync.provider.epa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.ProviderServiceTest;
import uk.learnersync.testing.Api;

class EpaoApiTest extends ProviderServiceTest {

    private static final int REGISTER_SIZE = 135;

    @Test
    void theShippedRegisterIsPreloadedForEveryProvider() {
        assertThat(api.get("/api/v1/epaos/EPA0001").expect(200).body())
                .containsEntry("epaoId", "EPA0001")
                .containsEntry("name", "BCS, The Chartered Institute for IT")
                .containsEntry("ukprn", "10022712")
                .containsEntry("source", "REGISTER");
        assertThat(api.get("/api/v1/epaos").expect(200).items()).hasSize(REGISTER_SIZE);
    }

    @Test
    void searchesByNameOrId() {
        assertThat(api.get("/api/v1/epaos?q=chartered%20institute%20for%20it").expect(200).items())
                .extracting(epao -> epao.get("epaoId")).containsExactly("EPA0001");
        assertThat(api.get("/api/v1/epaos?q=epa013").expect(200).items())
                .extracting(epao -> epao.get("epaoId")).contains("EPA0130", "EPA0138").doesNotContain("EPA0001");
        assertThat(api.get("/api/v1/epaos?q=%25").expect(200).items()).isEmpty();
    }

    @Test
    void addsAnEpaoTheRegisterDoesNotKnowOnce() {
        Map<String, Object> created = api.post("/api/v1/epaos", Map.of("epaoId", "epa0900", "name", " Newer Assessments Ltd "))
                .expect(201).body();
        Map<String, Object> again = api.post("/api/v1/epaos", Map.of("epaoId", "EPA0900", "name", "Another name"))
                .expect(200).body();

        assertThat(created).containsEntry("epaoId", "EPA0900").containsEntry("name", "Newer Assessments Ltd");
        assertThat(again).containsEntry("epaoId", "EPA0900").containsEntry("name", "Newer Assessments Ltd");
        assertThat(api.get("/api/v1/epaos/EPA0900").expect(200).body()).containsEntry("source", "PROVIDER");
        assertThat(api.get("/api/v1/epaos?q=newer assessments".replace(" ", "%20")).items()).hasSize(1);
        assertThat(api.get("/api/v1/epaos").items()).hasSize(REGISTER_SIZE + 1);
    }

    @Test
    void addingAnEpaoOfTheRegisterAnswersTheRegistersEntry() {
        assertThat(api.post("/api/v1/epaos", Map.of("epaoId", "EPA0001", "name", "BCS")).expect(200).body())
                .containsEntry("name", "BCS, The Chartered Institute for IT");
        assertThat(api.get("/api/v1/epaos").items()).hasSize(REGISTER_SIZE);
    }

    /** ILR 2026/27: an assessment organisation may be named by its UKPRN; the register's is that organisation. */
    @Test
    void aUkprnTheRegisterKnowsResolvesToThatOrganisation() {
        assertThat(api.get("/api/v1/epaos/10022712").expect(200).body()).containsEntry("epaoId", "EPA0001")
                .containsEntry("ukprn", "10022712").containsEntry("source", "REGISTER");
        assertThat(api.post("/api/v1/epaos", Map.of("epaoId", "10022712", "name", "BCS")).expect(200).body())
                .containsEntry("epaoId", "EPA0001").containsEntry("name", "BCS, The Chartered Institute for IT");
        assertThat(api.get("/api/v1/epaos?q=10022712").expect(200).items())
                .extracting(epao -> epao.get("epaoId")).containsExactly("EPA0001");
        assertThat(api.get("/api/v1/epaos").items()).hasSize(REGISTER_SIZE);
    }

    @Test
    void anAssessmentOrganisationOutsideTheRegisterIsAddedByItsUkprn() {
        Map<String, Object> created = api.post("/api/v1/epaos", Map.of("epaoId", "10099999", "name", "Unit Assessors Ltd"))
                .expect(201).body();

        assertThat(created).containsEntry("epaoId", "10099999").containsEntry("name", "Unit Assessors Ltd");
        assertThat(api.get("/api/v1/epaos/10099999").expect(200).body()).containsEntry("source", "PROVIDER");
    }

    @Test
    void refusesBadInputFieldByFieldAndStoresNothing() {
        Api.Response refused = api.post("/api/v1/epaos", Map.of("epaoId", "EPA12", "name", " ")).expect(400);

        assertThat(refused.fieldErrors()).containsOnlyKeys("epaoId", "name");
        assertThat(api.post("/api/v1/epaos", Map.of("epaoId", "EPA0901", "name", "n".repeat(201))).expect(400)
                .fieldErrors()).containsOnlyKeys("name");
        assertThat(api.post("/api/v1/epaos", Map.of("epaoId", "EPA0901", "name", "N", "ukprn", "1")).expect(400)
                .fieldErrors()).containsOnlyKeys("ukprn");
        api.get("/api/v1/epaos/EPA0901").expect(404);
        assertThat(api.get("/api/v1/epaos").items()).hasSize(REGISTER_SIZE);
    }

    @Test
    void anUnknownOrMalformedEpaoIsNotFound() {
        api.get("/api/v1/epaos/EPA9999").expect(404);
        api.get("/api/v1/epaos/not-an-id").expect(404);
    }

    @Test
    void anotherProvidersEpaoIsNotFoundAndItsOwnIsSeparate() {
        api.post("/api/v1/epaos", Map.of("epaoId", "EPA0902", "name", "Mine Ltd")).expect(201);
        Api other = apiFor(newProviderAccount());

        other.get("/api/v1/epaos/EPA0902").expect(404);
        assertThat(other.get("/api/v1/epaos").items()).hasSize(REGISTER_SIZE);
        assertThat(other.post("/api/v1/epaos", Map.of("epaoId", "EPA0902", "name", "Theirs Ltd")).expect(201).body())
                .containsEntry("name", "Theirs Ltd");
        assertThat(api.get("/api/v1/epaos/EPA0902").body()).containsEntry("name", "Mine Ltd");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStandardsCatalogueGivesReferencesAndAssessors() {
        Map<String, Object> softwareDeveloper = api.get("/api/v1/standards/2").expect(200).body();

        assertThat(softwareDeveloper).containsEntry("code", 2).containsEntry("reference", "ST0116")
                .containsEntry("level", 4);
        assertThat((List<Object>) softwareDeveloper.get("epaoIds")).contains("EPA0001");
        assertThat(api.get("/api/v1/standards?q=st0116").expect(200).items())
                .extracting(standard -> standard.get("code")).containsExactly(2);
        assertThat(api.get("/api/v1/standards?q=2").expect(200).items())
                .extracting(standard -> standard.get("code")).contains(2);
        api.get("/api/v1/standards/99999").expect(404);
    }
}
