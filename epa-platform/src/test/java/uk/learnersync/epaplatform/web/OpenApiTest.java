package uk.learnersync.epaplatform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.learnersync.epaplatform.support.EpaPlatformTest;

class OpenApiTest extends EpaPlatformTest {

    @Test
    void theOpenApiDocumentDescribesTheProviderFacingAndOperatorApis() {
        Map<String, Object> document = admin.withToken(null).get("/v3/api-docs").expect(200).body();

        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        assertThat(paths).containsKeys("/api/v1/apprentices", "/api/v1/apprentices/{apprenticeId}",
                "/api/v1/apprentices/{apprenticeId}/learner", "/api/v1/apprentices/{apprenticeId}/employer",
                "/api/v1/apprentices/{apprenticeId}/employer-contact", "/api/v1/apprentices/{apprenticeId}/tutor",
                "/api/v1/apprentices/{apprenticeId}/programme-dates", "/api/v1/apprentices/{apprenticeId}/programme",
                "/api/v1/apprentices/{apprenticeId}/programme-changes",
                "/api/v1/apprentices/{apprenticeId}/circumstances", "/admin/organisations",
                "/admin/organisations/{epaoId}/connections", "/admin/organisations/{epaoId}/apprentices",
                "/admin/organisations/{epaoId}/apprentices/{apprenticeId}/history", "/admin/faults");
        assertThat(paths).doesNotContainKey("/organisations/{epaoId}");
        assertThat(admin.withToken(null).get("/v3/api-docs").text()).contains("Idempotency-Key", "ApprenticeRecord");
        @SuppressWarnings("unchecked")
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        // The bodies and the record's parts differ (a recorded programme has a status), so they are named apart.
        assertThat(schemas).containsKeys("Registration", "Programme", "ApprenticeProgramme", "NewCircumstance",
                "RecordedCircumstance");
    }
}
