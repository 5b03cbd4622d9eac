package uk.learnersync.provider.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.ProviderServiceTest;
import uk.learnersync.testing.Api;

class OperatorApiTest extends ProviderServiceTest {

    @Test
    void createsAProviderWhoseTokenIsShownOnceAndWorks() {
        Map<String, Object> created = newProviderAccount();

        assertThat(created).containsKeys("id", "ukprn", "name", "apiToken");
        assertThat((String) created.get("apiToken")).startsWith("lsp_").hasSizeGreaterThan(40);
        apiFor(created).get("/api/v1/case-owners").expect(200);
    }

    @Test
    void refusesABadUkprnWithTheFieldAndStoresNothing() {
        Api.Response response = admin.post("/api/admin/providers", Map.of("ukprn", "1234567", "name", ""))
                .expect(400);

        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.fieldErrors()).containsOnlyKeys("ukprn", "name");
        assertThat(admin.post("/api/admin/providers", Map.of("ukprn", "1234567", "name", "Again")).status())
                .isEqualTo(400);
    }

    @Test
    void refusesADuplicateUkprnWithConflict() {
        admin.post("/api/admin/providers", Map.of("ukprn", ukprn, "name", "Twin")).expect(409);
    }

    @Test
    void refusesUnknownFields() {
        Api.Response response = admin.post("/api/admin/providers",
                Map.of("ukprn", "10000999", "name", "X", "colour", "blue")).expect(400);

        assertThat(response.fieldErrors()).containsEntry("colour", "is not a known field");
    }

    @Test
    void answers401WithoutTheOperatorToken() {
        Api.Response noToken = admin.withToken(null).post("/api/admin/providers", Map.of("ukprn", "10000998", "name", "X"))
                .expect(401);
        assertThat(noToken.contentType()).startsWith("application/problem+json");
        admin.withToken("wrong").post("/api/admin/providers", Map.of("ukprn", "10000998", "name", "X")).expect(401);
        // A provider's API token is not the operator's.
        api.post("/api/admin/providers", Map.of("ukprn", "10000998", "name", "X")).expect(401);
    }

    @Test
    void answers401ToTheProviderApiWithoutAValidToken() {
        api.withToken(null).get("/api/v1/case-owners").expect(401);
        api.withToken("lsp_not-a-real-token").get("/api/v1/case-owners").expect(401);
        api.withToken(ADMIN_TOKEN).get("/api/v1/case-owners").expect(401);
    }

    @Test
    void createsProviderUsersWithRoles() {
        Map<String, Object> user = admin.post("/api/admin/providers/" + providerId + "/users", Map.of(
                "email", unique("ann") + "@provider.test", "name", "Ann Example",
                "password", "correct horse battery", "roles", List.of("ADMIN", "APPROVER"))).expect(201).body();

        assertThat(user).containsEntry("roles", List.of("ADMIN", "APPROVER")).doesNotContainKey("password");
    }

    @Test
    void refusesABadUserAndAnUnknownProvider() {
        Api.Response bad = admin.post("/api/admin/providers/" + providerId + "/users", Map.of(
                "email", "not-an-email", "name", "Ann", "password", "short", "roles", List.of("KING"))).expect(400);
        assertThat(bad.fieldErrors()).containsOnlyKeys("email", "password", "roles");

        admin.post("/api/admin/providers/00000000-0000-0000-0000-000000000000/users", Map.of(
                "email", "a@b.test", "name", "Ann", "password", "correct horse battery", "roles", List.of("ADMIN")))
                .expect(404);
    }
}
