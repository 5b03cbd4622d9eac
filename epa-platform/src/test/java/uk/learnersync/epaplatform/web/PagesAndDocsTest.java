package uk.learnersync.epaplatform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.learnersync.epaplatform.support.Api;
import uk.learnersync.epaplatform.support.EpaPlatformTest;

class PagesAndDocsTest extends EpaPlatformTest {

    private static final String SCRIPT = "<script>alert('x')</script>";

    @Test
    void theOrganisationPageListsApprenticesWithTheirTextEscaped() {
        String uln = nextUln();
        Map<String, Object> body = new HashMap<>(registration(uln));
        body.put("givenNames", SCRIPT);
        String id = (String) api.write("POST", "/api/v1/apprentices", body).expect(201).body().get("apprenticeId");
        Api browser = admin.withBasic("operator", ADMIN_TOKEN);

        Api.Response page = browser.get("/organisations/" + epaoId).expect(200);

        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).contains(uln, "ON_PROGRAMME", "Acme Engineering Ltd", "Alan Turing", "ST0116")
                .contains("&lt;script&gt;").doesNotContain(SCRIPT);
        assertThat(page.text()).contains("/organisations/" + epaoId + "/apprentices/" + id);
    }

    @Test
    void theApprenticePageShowsHistoryAndCircumstances() {
        String id = (String) register(api, nextUln()).get("apprenticeId");
        api.write("POST", "/api/v1/apprentices/" + id + "/circumstances", Map.of("type", "BREAK_IN_LEARNING",
                "effectiveDate", "2026-01-15", "detail", Map.of("expectedReturnDate", "2026-03-01"))).expect(200);

        Api.Response page = admin.withBasic("operator", ADMIN_TOKEN)
                .get("/organisations/" + epaoId + "/apprentices/" + id).expect(200);

        assertThat(page.text()).contains("SUSPENDED", "BREAK_IN_LEARNING", "2026-03-01", "REGISTER",
                "RECORD_CIRCUMSTANCE", "Grace Hopper");
    }

    @Test
    void thePagesNeedTheOperatorSignIn() {
        Api.Response anonymous = admin.withToken(null).get("/organisations/" + epaoId).expect(401);
        assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic"));
        admin.withBasic("operator", "wrong").get("/organisations/" + epaoId).expect(401);
        admin.withBasic("someone", ADMIN_TOKEN).get("/organisations/" + epaoId).expect(401);
        admin.withBasic("operator", ADMIN_TOKEN).get("/organisations/EPA9997").expect(404);
    }

    @Test
    void healthIsPublicAndUp() {
        assertThat(admin.withToken(null).get("/actuator/health").expect(200).body()).containsEntry("status", "UP");
    }

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
