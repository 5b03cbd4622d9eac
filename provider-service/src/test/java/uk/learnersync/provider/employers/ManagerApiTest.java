package uk.learnersync.provider.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.ProviderServiceTest;
import uk.learnersync.testing.Api;

class ManagerApiTest extends ProviderServiceTest {

    private String acme;

    @BeforeEach
    void anEmployer() {
        acme = employerOf(api, "Acme Ltd");
    }

    private static String employerOf(Api client, String name) {
        return client.post("/api/v1/employers", Map.of("name", name,
                "addresses", List.of(Map.of("line1", "1 Acme Way", "town", "Coventry", "postcode", "CV1 2WT"))))
                .expect(201).id();
    }

    private Map<String, Object> manager(String employerId) {
        Map<String, Object> manager = new HashMap<>();
        manager.put("givenName", "Mia");
        manager.put("familyName", "Manager");
        manager.put("email", "mia@acme.test");
        manager.put("phone", "024 7696 0001");
        manager.put("employerId", employerId);
        return manager;
    }

    private String createMia() {
        return api.post("/api/v1/managers", manager(acme)).expect(201).id();
    }

    @Test
    void createsReadsAndPatchesAManager() {
        Map<String, Object> created = api.post("/api/v1/managers", manager(acme)).expect(201).body();

        assertThat(created).containsEntry("givenName", "Mia").containsEntry("familyName", "Manager")
                .containsEntry("email", "mia@acme.test").containsEntry("phone", "024 7696 0001")
                .containsEntry("employerId", acme).containsKey("id");
        assertThat(api.get("/api/v1/managers/" + created.get("id")).expect(200).body()).isEqualTo(created);

        Map<String, Object> patched = api.patch("/api/v1/managers/" + created.get("id"),
                Map.of("familyName", "Manning", "email", "mia.manning@acme.test")).expect(200).body();

        assertThat(patched).containsEntry("familyName", "Manning").containsEntry("email", "mia.manning@acme.test")
                .containsEntry("givenName", "Mia").containsEntry("employerId", acme);
        assertThat(api.get("/api/v1/managers/" + created.get("id")).body()).isEqualTo(patched);
    }

    @Test
    void thePhoneIsOptionalAndAMergePatchNullClearsIt() {
        Map<String, Object> noPhone = manager(acme);
        noPhone.remove("phone");
        String id = api.post("/api/v1/managers", noPhone).expect(201).id();
        api.patch("/api/v1/managers/" + id, Map.of("phone", "07700 900123")).expect(200);
        Map<String, Object> clear = new HashMap<>();
        clear.put("phone", null);

        assertThat(api.patch("/api/v1/managers/" + id, clear).expect(200).body()).containsEntry("phone", null);
    }

    @Test
    void listsManagersAllOrOfOneEmployer() {
        String bromley = employerOf(api, "Bromley Builders");
        String mia = createMia();
        Map<String, Object> bob = manager(bromley);
        bob.put("givenName", "Bob");
        String bobId = api.post("/api/v1/managers", bob).expect(201).id();

        assertThat(api.get("/api/v1/managers").expect(200).items()).extracting(item -> item.get("id"))
                .containsExactlyInAnyOrder(mia, bobId);
        assertThat(api.get("/api/v1/managers?employerId=" + bromley).expect(200).items())
                .extracting(item -> item.get("id")).containsExactly(bobId);
        assertThat(api.get("/api/v1/managers?employerId=" + UUID.randomUUID()).expect(200).items()).isEmpty();
        assertThat(api.get("/api/v1/managers?employerId=nope").expect(400).fieldErrors()).containsOnlyKeys("employerId");
    }

    @Test
    void refusesBadInputFieldByFieldAndStoresNothing() {
        Api.Response refused = api.post("/api/v1/managers",
                Map.of("givenName", "M1a", "familyName", " ", "email", "mia@", "phone", "ring me")).expect(400);

        assertThat(refused.fieldErrors()).containsOnlyKeys("givenName", "familyName", "email", "phone", "employerId");
        assertThat(api.get("/api/v1/managers").expect(200).items()).isEmpty();
    }

    @Test
    void refusesAnEmployerThatIsNotTheProvidersAsABadField() {
        String othersEmployer = employerOf(apiFor(newProviderAccount()), "Elsewhere Ltd");

        for (String employerId : List.of(othersEmployer, UUID.randomUUID().toString(), "not-a-uuid")) {
            assertThat(api.post("/api/v1/managers", manager(employerId)).expect(400).fieldErrors())
                    .containsOnlyKeys("employerId");
        }
        assertThat(api.get("/api/v1/managers").expect(200).items()).isEmpty();
    }

    @Test
    void movesAManagerToAnotherOfTheProvidersEmployers() {
        String id = createMia();
        String bromley = employerOf(api, "Bromley Builders");

        assertThat(api.patch("/api/v1/managers/" + id, Map.of("employerId", bromley)).expect(200).body())
                .containsEntry("employerId", bromley);
        assertThat(api.get("/api/v1/managers?employerId=" + bromley).items()).extracting(item -> item.get("id"))
                .containsExactly(id);
    }

    @Test
    void aBadPatchChangesNothing() {
        String id = createMia();
        Map<String, Object> before = api.get("/api/v1/managers/" + id).body();
        String othersEmployer = employerOf(apiFor(newProviderAccount()), "Elsewhere Ltd");
        Map<String, Object> noEmployer = new HashMap<>();
        noEmployer.put("employerId", null);

        assertThat(api.patch("/api/v1/managers/" + id, Map.of("employerId", othersEmployer, "email", "nope"))
                .expect(400).fieldErrors()).containsOnlyKeys("employerId", "email");
        assertThat(api.patch("/api/v1/managers/" + id, noEmployer).expect(400).fieldErrors())
                .containsEntry("employerId", "is required");
        assertThat(api.patch("/api/v1/managers/" + id, Map.of("jobTitle", "Boss")).expect(400).fieldErrors())
                .containsOnlyKeys("jobTitle");

        assertThat(api.get("/api/v1/managers/" + id).body()).isEqualTo(before);
    }

    @Test
    void anotherProvidersManagerIsNotFoundAndUnchanged() {
        String id = createMia();
        Map<String, Object> before = api.get("/api/v1/managers/" + id).body();
        Api other = apiFor(newProviderAccount());
        String othersEmployer = employerOf(other, "Elsewhere Ltd");

        other.get("/api/v1/managers/" + id).expect(404);
        other.patch("/api/v1/managers/" + id, Map.of("email", "x@other.test", "employerId", othersEmployer))
                .expect(404);
        other.get("/api/v1/managers/not-a-uuid").expect(404);
        api.get("/api/v1/managers/" + UUID.randomUUID()).expect(404);

        assertThat(other.get("/api/v1/managers").expect(200).items()).isEmpty();
        assertThat(other.get("/api/v1/managers?employerId=" + acme).expect(200).items()).isEmpty();
        assertThat(api.get("/api/v1/managers/" + id).body()).isEqualTo(before);
    }
}
