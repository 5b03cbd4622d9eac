package uk.learnersync.provider.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.ProviderServiceTest;
import uk.learnersync.testing.Api;

class CaseOwnerApiTest extends ProviderServiceTest {

    private static Map<String, Object> tutor() {
        return Map.of("givenName", "Tess", "familyName", "Tutor", "email", "tess@provider.test", "phone", "01632 960001");
    }

    @Test
    void createsReadsAndPatchesACaseOwner() {
        String id = api.post("/api/v1/case-owners", tutor()).expect(201).id();

        Map<String, Object> patched = api.patch("/api/v1/case-owners/" + id, Map.of("email", "tess.t@provider.test"))
                .expect(200).body();

        assertThat(patched).containsEntry("email", "tess.t@provider.test").containsEntry("givenName", "Tess");
        assertThat(api.get("/api/v1/case-owners/" + id).expect(200).body())
                .containsEntry("email", "tess.t@provider.test").containsEntry("phone", "01632 960001");
    }

    @Test
    void aMergePatchNullClearsAnOptionalField() {
        String id = api.post("/api/v1/case-owners", tutor()).expect(201).id();
        Map<String, Object> patch = new HashMap<>();
        patch.put("phone", null);

        assertThat(api.patch("/api/v1/case-owners/" + id, patch).expect(200).body()).containsEntry("phone", null);
    }

    @Test
    void refusesBadInputFieldByFieldAndStoresNothing() {
        Api.Response refused = api.post("/api/v1/case-owners",
                Map.of("givenName", "T3ss", "familyName", "", "email", "tess", "phone", "call me")).expect(400);

        assertThat(refused.fieldErrors()).containsOnlyKeys("givenName", "familyName", "email", "phone");
        assertThat(api.get("/api/v1/case-owners").expect(200).items()).isEmpty();
    }

    @Test
    void aBadPatchChangesNothing() {
        String id = api.post("/api/v1/case-owners", tutor()).expect(201).id();

        api.patch("/api/v1/case-owners/" + id, Map.of("email", "nope")).expect(400);
        api.patch("/api/v1/case-owners/" + id, Map.of("shoeSize", 9)).expect(400);

        assertThat(api.get("/api/v1/case-owners/" + id).body()).containsEntry("email", "tess@provider.test");
    }

    @Test
    void malformedJsonIsAProblemNotAFailure() {
        Api.Response response = api.sendRaw("POST", "/api/v1/case-owners", "{\"givenName\": ", "application/json")
                .expect(400);

        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anotherProvidersCaseOwnerIsNotFoundAndUnchanged() {
        String id = api.post("/api/v1/case-owners", tutor()).expect(201).id();
        Api other = apiFor(newProviderAccount());

        other.get("/api/v1/case-owners/" + id).expect(404);
        other.patch("/api/v1/case-owners/" + id, Map.of("email", "x@other.test")).expect(404);
        assertThat(other.get("/api/v1/case-owners").items()).isEmpty();
        assertThat(api.get("/api/v1/case-owners/" + id).body()).containsEntry("email", "tess@provider.test");
        other.get("/api/v1/case-owners/not-a-uuid").expect(404);
    }
}
