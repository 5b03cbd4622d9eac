package uk.learnersync.provider.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.ProviderServiceTest;
import uk.learnersync.testing.Api;

class EmployerApiTest extends ProviderServiceTest {

    private static Map<String, Object> headOffice() {
        return Map.of("line1", "1 Acme Way", "line2", "Unit 4", "town", "Coventry", "postcode", "cv1 2wt");
    }

    private static Map<String, Object> depot() {
        return Map.of("line1", "Depot Road", "town", "Bromley", "postcode", "BR2 7UP");
    }

    private static Map<String, Object> employer(String name, String empId, Object... addresses) {
        Map<String, Object> employer = new HashMap<>();
        employer.put("name", name);
        employer.put("empId", empId);
        employer.put("addresses", List.of(addresses));
        return employer;
    }

    private String createAcme() {
        return api.post("/api/v1/employers", employer("Acme Ltd", "907173756", headOffice())).expect(201).id();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> addresses(Map<String, Object> employer) {
        return (List<Map<String, Object>>) employer.get("addresses");
    }

    private String firstAddressId(String employerId) {
        return (String) addresses(api.get("/api/v1/employers/" + employerId).expect(200).body()).get(0).get("id");
    }

    @Test
    void createsAnEmployerWithItsAddressesAndReadsItBack() {
        Map<String, Object> created = api.post("/api/v1/employers",
                employer("  Acme Ltd ", "907173756", headOffice(), depot())).expect(201).body();

        assertThat(created).containsEntry("name", "Acme Ltd").containsEntry("empId", "907173756");
        assertThat(addresses(created)).hasSize(2);
        assertThat(addresses(created).get(0)).containsEntry("line1", "1 Acme Way").containsEntry("line2", "Unit 4")
                .containsEntry("line3", null).containsEntry("town", "Coventry").containsEntry("postcode", "CV1 2WT")
                .containsKey("id");
        assertThat(addresses(created).get(1)).containsEntry("postcode", "BR2 7UP");
        assertThat(api.get("/api/v1/employers/" + created.get("id")).expect(200).body()).isEqualTo(created);
    }

    @Test
    void theEmpIdIsOptionalAndTheIlrDefaultIsAccepted() {
        Map<String, Object> unknown = api.post("/api/v1/employers", employer("Corner Shop", null, depot()))
                .expect(201).body();
        Map<String, Object> notOnEds = api.post("/api/v1/employers", employer("New Start", "999999999", depot()))
                .expect(201).body();

        assertThat(unknown).containsEntry("empId", null);
        assertThat(notOnEds).containsEntry("empId", "999999999");
    }

    @Test
    void listsTheProvidersEmployersAndSearchesThemByName() {
        createAcme();
        api.post("/api/v1/employers", employer("Bromley Builders", null, depot())).expect(201);

        assertThat(api.get("/api/v1/employers").expect(200).items()).extracting(item -> item.get("name"))
                .containsExactly("Acme Ltd", "Bromley Builders");
        List<Map<String, Object>> found = api.get("/api/v1/employers?q=BUILD").expect(200).items();
        assertThat(found).extracting(item -> item.get("name")).containsExactly("Bromley Builders");
        assertThat(addresses(found.get(0))).extracting(address -> address.get("postcode")).containsExactly("BR2 7UP");
        assertThat(api.get("/api/v1/employers?q=%25").expect(200).items()).isEmpty();
        assertThat(api.get("/api/v1/employers?q=").expect(200).items()).hasSize(2);
    }

    @Test
    void refusesBadInputFieldByFieldAndStoresNothing() {
        Map<String, Object> badAddress = new HashMap<>();
        badAddress.put("line1", "x".repeat(51));
        badAddress.put("line3", "");
        badAddress.put("postcode", "SW1A 1AI");
        Api.Response refused = api.post("/api/v1/employers", employer("", "907173757", headOffice(), badAddress))
                .expect(400);

        assertThat(refused.fieldErrors()).containsOnlyKeys("name", "empId", "addresses[1].line1",
                "addresses[1].town", "addresses[1].postcode");
        assertThat(refused.fieldErrors().get("empId")).contains("check digit");
        assertThat(api.get("/api/v1/employers").expect(200).items()).isEmpty();
    }

    @Test
    void aBadSecondAddressMeansTheEmployerIsNotCreatedAtAll() {
        Map<String, Object> noPostcode = Map.of("line1", "2 High Street", "town", "Derby");

        Api.Response refused = api.post("/api/v1/employers", employer("Acme Ltd", "907173756", headOffice(), noPostcode))
                .expect(400);

        assertThat(refused.fieldErrors()).containsOnlyKeys("addresses[1].postcode");
        assertThat(api.get("/api/v1/employers").expect(200).items()).isEmpty();
        api.post("/api/v1/employers", employer("Acme Ltd", "907173756", headOffice())).expect(201);
    }

    @Test
    void anEmployerNeedsAnAddress() {
        assertThat(api.post("/api/v1/employers", employer("Acme Ltd", null)).expect(400).fieldErrors())
                .containsOnlyKeys("addresses");
        assertThat(api.post("/api/v1/employers", Map.of("name", "Acme Ltd")).expect(400).fieldErrors())
                .containsOnlyKeys("addresses");
        assertThat(api.post("/api/v1/employers", Map.of("name", "Acme Ltd", "addresses", "Coventry")).expect(400)
                .fieldErrors()).containsOnlyKeys("addresses");
        assertThat(api.post("/api/v1/employers", Map.of("name", "Acme Ltd", "addresses", List.of(Map.of("line1", "a",
                "town", "b", "postcode", "CV1 1SS", "county", "Warks")))).expect(400).fieldErrors())
                .containsOnlyKeys("addresses[0].county");
        assertThat(api.get("/api/v1/employers").expect(200).items()).isEmpty();
    }

    @Test
    void anEmpIdNamesOneEmployerOfTheProvider() {
        createAcme();

        api.post("/api/v1/employers", employer("Acme Again", "907173756", depot())).expect(409);
        api.post("/api/v1/employers", employer("Not on EDS 1", "999999999", depot())).expect(201);
        api.post("/api/v1/employers", employer("Not on EDS 2", "999999999", depot())).expect(201);
        apiFor(newProviderAccount()).post("/api/v1/employers", employer("Acme Ltd", "907173756", depot())).expect(201);

        assertThat(api.get("/api/v1/employers?q=acme").items()).extracting(item -> item.get("name"))
                .containsExactly("Acme Ltd");
    }

    @Test
    void patchesTheNameAndEmpId() {
        String id = createAcme();

        Map<String, Object> patched = api.patch("/api/v1/employers/" + id,
                Map.of("name", "Acme Holdings Ltd", "empId", "123456789")).expect(200).body();

        assertThat(patched).containsEntry("name", "Acme Holdings Ltd").containsEntry("empId", "123456789");
        assertThat(addresses(patched)).hasSize(1);
        assertThat(api.get("/api/v1/employers/" + id).body()).isEqualTo(patched);
    }

    @Test
    void aMergePatchNullClearsTheEmpId() {
        String id = createAcme();
        Map<String, Object> patch = new HashMap<>();
        patch.put("empId", null);

        assertThat(api.patch("/api/v1/employers/" + id, patch).expect(200).body()).containsEntry("empId", null)
                .containsEntry("name", "Acme Ltd");
    }

    @Test
    void aBadPatchChangesNothing() {
        String id = createAcme();
        Map<String, Object> before = api.get("/api/v1/employers/" + id).body();
        Map<String, Object> noName = new HashMap<>();
        noName.put("name", null);

        assertThat(api.patch("/api/v1/employers/" + id, Map.of("empId", "907173757", "name", "x".repeat(101)))
                .expect(400).fieldErrors()).containsOnlyKeys("empId", "name");
        assertThat(api.patch("/api/v1/employers/" + id, noName).expect(400).fieldErrors())
                .containsEntry("name", "is required");
        assertThat(api.patch("/api/v1/employers/" + id, Map.of("vatNumber", "GB1")).expect(400).fieldErrors())
                .containsOnlyKeys("vatNumber");
        api.sendRaw("PATCH", "/api/v1/employers/" + id, "[1]", "application/merge-patch+json").expect(400);

        assertThat(api.get("/api/v1/employers/" + id).body()).isEqualTo(before);
    }

    @Test
    void addressesAreNotPatchedThroughTheEmployer() {
        String id = createAcme();
        Map<String, Object> before = api.get("/api/v1/employers/" + id).body();

        Api.Response refused = api.patch("/api/v1/employers/" + id,
                Map.of("name", "Renamed", "addresses", List.of(depot()))).expect(400);

        assertThat(refused.fieldErrors()).containsOnlyKeys("addresses");
        assertThat(refused.fieldErrors().get("addresses")).contains("/addresses");
        assertThat(api.get("/api/v1/employers/" + id).body()).isEqualTo(before);
    }

    @Test
    void patchingToAnotherEmployersEmpIdIsAConflict() {
        String acme = createAcme();
        String other = api.post("/api/v1/employers", employer("Other Ltd", "123456789", depot())).expect(201).id();

        api.patch("/api/v1/employers/" + other, Map.of("empId", "907173756")).expect(409);

        assertThat(api.get("/api/v1/employers/" + other).body()).containsEntry("empId", "123456789");
        api.patch("/api/v1/employers/" + acme, Map.of("empId", "907173756", "name", "Acme Ltd")).expect(200);
    }

    @Test
    void addsAnAddress() {
        String id = createAcme();

        Map<String, Object> added = api.post("/api/v1/employers/" + id + "/addresses",
                Map.of("line1", "Site 2", "line3", "Fletchamstead", "town", "Coventry", "postcode", "cv4 9ab"))
                .expect(201).body();

        assertThat(added).containsEntry("line1", "Site 2").containsEntry("line2", null)
                .containsEntry("line3", "Fletchamstead").containsEntry("postcode", "CV4 9AB").containsKey("id");
        assertThat(addresses(api.get("/api/v1/employers/" + id).body())).extracting(address -> address.get("id"))
                .hasSize(2).endsWith(added.get("id"));
    }

    @Test
    void refusesABadNewAddressAndAddsNothing() {
        String id = createAcme();

        assertThat(api.post("/api/v1/employers/" + id + "/addresses",
                Map.of("line1", " ", "town", "T\u0007own", "postcode", "BFPO 123")).expect(400).fieldErrors())
                .containsOnlyKeys("line1", "town", "postcode");

        assertThat(addresses(api.get("/api/v1/employers/" + id).body())).hasSize(1);
    }

    @Test
    void patchesAnAddress() {
        String id = createAcme();
        String addressId = firstAddressId(id);
        Map<String, Object> patch = new HashMap<>();
        patch.put("line2", null);
        patch.put("postcode", "cv1 1ss");

        Map<String, Object> patched = api.patch("/api/v1/employers/" + id + "/addresses/" + addressId, patch)
                .expect(200).body();

        assertThat(patched).containsEntry("id", addressId).containsEntry("line1", "1 Acme Way")
                .containsEntry("line2", null).containsEntry("postcode", "CV1 1SS");
        assertThat(addresses(api.get("/api/v1/employers/" + id).body())).containsExactly(patched);
    }

    @Test
    void aBadAddressPatchChangesNothing() {
        String id = createAcme();
        String addressId = firstAddressId(id);
        Map<String, Object> before = api.get("/api/v1/employers/" + id).body();
        Map<String, Object> noTown = new HashMap<>();
        noTown.put("town", null);
        noTown.put("postcode", "W1");

        assertThat(api.patch("/api/v1/employers/" + id + "/addresses/" + addressId, noTown).expect(400).fieldErrors())
                .containsOnlyKeys("town", "postcode");
        api.patch("/api/v1/employers/" + id + "/addresses/" + addressId, Map.of("id", "x")).expect(400);

        assertThat(api.get("/api/v1/employers/" + id).body()).isEqualTo(before);
    }

    @Test
    void anAddressOfAnotherEmployerIsNotFoundThroughThisOne() {
        String acme = createAcme();
        String other = api.post("/api/v1/employers", employer("Other Ltd", null, depot())).expect(201).id();
        String othersAddress = firstAddressId(other);

        api.patch("/api/v1/employers/" + acme + "/addresses/" + othersAddress, Map.of("town", "Leeds")).expect(404);
        api.patch("/api/v1/employers/" + acme + "/addresses/" + UUID.randomUUID(), Map.of("town", "Leeds")).expect(404);
        api.patch("/api/v1/employers/" + acme + "/addresses/not-a-uuid", Map.of("town", "Leeds")).expect(404);

        assertThat(addresses(api.get("/api/v1/employers/" + other).body()).get(0)).containsEntry("town", "Bromley");
    }

    @Test
    void anotherProvidersEmployerIsNotFoundAndUnchanged() {
        String id = createAcme();
        String addressId = firstAddressId(id);
        Map<String, Object> before = api.get("/api/v1/employers/" + id).body();
        Api other = apiFor(newProviderAccount());

        other.get("/api/v1/employers/" + id).expect(404);
        other.patch("/api/v1/employers/" + id, Map.of("name", "Taken over")).expect(404);
        other.post("/api/v1/employers/" + id + "/addresses", depot()).expect(404);
        other.patch("/api/v1/employers/" + id + "/addresses/" + addressId, Map.of("town", "Leeds")).expect(404);
        other.get("/api/v1/employers/not-a-uuid").expect(404);
        api.get("/api/v1/employers/" + UUID.randomUUID()).expect(404);

        assertThat(other.get("/api/v1/employers").expect(200).items()).isEmpty();
        assertThat(api.get("/api/v1/employers/" + id).body()).isEqualTo(before);
    }
}
