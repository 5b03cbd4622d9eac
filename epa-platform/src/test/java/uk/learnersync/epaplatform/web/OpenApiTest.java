package uk.learnersync.epaplatform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.epaplatform.support.EpaPlatformTest;

/** The platform's OpenAPI document, the normative description of its APIs. */
class OpenApiTest extends EpaPlatformTest {

    private Map<String, Object> document;

    @BeforeEach
    void read() {
        document = admin.withToken(null).get("/v3/api-docs").expect(200).body();
    }

    @Test
    void hasATitleADescriptionAndTheBearerSchemes() {
        assertThat(object(document.get("info"))).containsEntry("title", "EPA platform API")
                .hasEntrySatisfying("description", description -> assertThat((String) description)
                        .contains("Provider-facing API", "Operator API", "LOCKED_AFTER_GATEWAY", "Idempotency-Key"));
        Map<String, Object> schemes = object(object(document.get("components")).get("securitySchemes"));
        assertThat(schemes).containsOnlyKeys("connectionToken", "operatorToken");
        schemes.values().forEach(scheme -> assertThat(object(scheme)).containsEntry("type", "http")
                .containsEntry("scheme", "bearer"));
    }

    @Test
    void describesEveryApiAndNoPage() {
        assertThat(paths()).containsKeys("/api/v1/apprentices", "/api/v1/apprentices/{apprenticeId}",
                "/api/v1/apprentices/{apprenticeId}/learner", "/api/v1/apprentices/{apprenticeId}/employer",
                "/api/v1/apprentices/{apprenticeId}/employer-contact", "/api/v1/apprentices/{apprenticeId}/tutor",
                "/api/v1/apprentices/{apprenticeId}/programme-dates", "/api/v1/apprentices/{apprenticeId}/programme",
                "/api/v1/apprentices/{apprenticeId}/programme-changes",
                "/api/v1/apprentices/{apprenticeId}/circumstances", "/api/v1/changes", "/admin/organisations",
                "/admin/organisations/{epaoId}/connections",
                "/admin/organisations/{epaoId}/connections/{connectionId}",
                "/admin/organisations/{epaoId}/apprentices", "/admin/organisations/{epaoId}/apprentices/{apprenticeId}",
                "/admin/organisations/{epaoId}/apprentices/{apprenticeId}/gateway",
                "/admin/organisations/{epaoId}/apprentices/{apprenticeId}/result",
                "/admin/organisations/{epaoId}/apprentices/{apprenticeId}/certificate",
                "/admin/organisations/{epaoId}/apprentices/{apprenticeId}/withdraw",
                "/admin/organisations/{epaoId}/apprentices/{apprenticeId}/back-into-learning",
                "/admin/organisations/{epaoId}/apprentices/{apprenticeId}/history", "/admin/faults");
        assertThat(paths()).doesNotContainKeys("/", "/organisations/{epaoId}");
        assertThat(admin.withToken(null).get("/v3/api-docs").text()).contains("Idempotency-Key", "ApprenticeRecord");
        // The bodies and the record's parts differ (a recorded programme has a status), so they are named apart.
        assertThat(object(object(document.get("components")).get("schemas"))).containsKeys("Registration",
                "Programme", "ApprenticeProgramme", "NewCircumstance", "RecordedCircumstance", "Problem");
    }

    @Test
    void everyOperationDocumentsItsClientErrorsAsProblemJson() {
        paths().forEach((path, item) -> object(item).forEach((method, operation) -> {
            Map<String, Object> responses = object(object(operation).get("responses"));
            assertThat(responses).as("%s %s", method, path).containsKeys("400", "401");
            responses.entrySet().stream().filter(response -> response.getKey().startsWith("4")).forEach(response ->
                    assertThat(object(object(response.getValue()).get("content")))
                            .as("%s %s %s", method, path, response.getKey())
                            .containsOnlyKeys("application/problem+json"));
        }));
        assertThat(object(object(object(paths().get("/api/v1/apprentices/{apprenticeId}/programme")).get("put"))
                .get("responses"))).containsKeys("200", "404", "409", "422", "503");
    }

    @Test
    void creatingAnOrganisationIsDocumentedAs201() {
        Map<String, Object> responses = object(object(object(paths().get("/admin/organisations")).get("post"))
                .get("responses"));

        assertThat(responses).containsKeys("201", "200");
        assertThat(object(object(object(paths().get("/admin/organisations/{epaoId}/connections/{connectionId}"))
                .get("delete")).get("responses"))).containsKey("204");
    }

    private Map<String, Object> paths() {
        return object(document.get("paths"));
    }

}
