package uk.learnersync.provider.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.SerializationFeature;
import uk.learnersync.provider.support.EndToEndTest;
import uk.learnersync.provider.support.TestEpaPlatform;
import uk.learnersync.testing.Api;

/**
 * The OpenAPI documents of both services are ones an integrator can trust: titled and versioned, with
 * their bearer schemes on every operation, every client error documented as problem+json with an
 * example, and a description for every operation. The copies in src/test/openapi, from which the build
 * generates the Java clients ({@link GeneratedClientsTest}), are the documents the services serve.
 */
class ApiDocsTest extends EndToEndTest {

    static final Path COMMITTED = Path.of("src/test/openapi");
    private static final Path SERVED = Path.of("target/openapi");

    @Test
    void theProviderDocumentIsTitledVersionedAndSaysHowToAuthenticate() {
        Map<String, Object> document = providerDocument();

        assertThat(map(document.get("info"))).containsEntry("title", "LearnerSync provider API")
                .containsEntry("version", "1").hasEntrySatisfying("description", description ->
                        assertThat((String) description).contains("Provider API", "Operator API", "problem+json"));
        Map<String, Object> schemes = map(map(document.get("components")).get("securitySchemes"));
        assertThat(schemes).containsOnlyKeys("providerToken", "operatorToken");
        schemes.values().forEach(scheme -> assertThat(map(scheme)).containsEntry("type", "http")
                .containsEntry("scheme", "bearer"));
        operations(document).forEach(operation -> assertThat(operation.spec().get("security")).as(operation.name())
                .isEqualTo(List.of(Map.of(operation.path().startsWith("/api/admin") ? "operatorToken" : "providerToken",
                        List.of()))));
    }

    @Test
    void everyOperationOfBothServicesIsDescribedWithItsSuccessAndItsProblemsWithExamples() {
        for (Map<String, Object> document : List.of(providerDocument(), platformDocument())) {
            assertThat(operations(document)).isNotEmpty().allSatisfy(operation -> {
                assertThat((String) operation.spec().get("summary")).as(operation.name()).isNotBlank();
                assertThat((String) operation.spec().get("description")).as(operation.name()).isNotBlank();
                Map<String, Object> responses = map(operation.spec().get("responses"));
                assertThat(responses.keySet()).as(operation.name()).anyMatch(status -> status.startsWith("2"))
                        .contains("400", "401");
                responses.forEach((status, response) -> {
                    if (status.startsWith("4")) {
                        Map<String, Object> problem = map(map(map(response).get("content")).get("application/problem+json"));
                        assertThat(problem).as("%s %s", operation.name(), status).containsKey("schema");
                        assertThat(map(problem.get("examples"))).as("%s %s", operation.name(), status).isNotEmpty();
                    }
                });
            });
        }
    }

    @Test
    void everyOperationOfBothServicesHasAnOperationIdThatNamesItAndNoNumber() {
        for (Map<String, Object> document : List.of(providerDocument(), platformDocument())) {
            List<String> ids = operations(document).stream().map(operation -> (String) operation.spec().get("operationId"))
                    .toList();
            assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches("[a-z][A-Za-z]+"));
        }
        assertThat(operations(providerDocument())).filteredOn(operation -> operation.path().equals("/api/v1/learners/{id}"))
                .extracting(operation -> operation.spec().get("operationId")).containsOnly("getLearner", "patchLearner");
    }

    @Test
    void everyBodyIsDescribedAsJsonOfItsOwnShapeNotAsAJavaClassNorAsAnyMediaType() throws IOException {
        for (Map<String, Object> document : List.of(providerDocument(), platformDocument())) {
            assertThat(map(map(document.get("components")).get("schemas"))).doesNotContainKey("JsonNode");
            assertThat(json.writeValueAsString(document.get("paths"))).doesNotContain("\"*/*\"");
            assertThat(document.get("servers")).isEqualTo(List.of(Map.of("url", "/", "description", "This server")));
        }
        Map<String, Object> patchLearner = map(map(map(providerDocument().get("paths")).get("/api/v1/learners/{id}"))
                .get("patch"));
        assertThat(json.writeValueAsString(patchLearner.get("requestBody")))
                .contains("application/merge-patch+json", "#/components/schemas/LearnerDetailsInput");
    }

    @Test
    void creatingAProviderIsDocumentedAs201() {
        Map<String, Object> responses = map(map(map(map(providerDocument().get("paths")).get("/api/admin/providers"))
                .get("post")).get("responses"));

        assertThat(responses).containsKey("201").doesNotContainKey("200");
    }

    @Test
    void theCopiesTheClientsAreGeneratedFromAreTheDocumentsTheServicesServe() throws IOException {
        Map<String, Map<String, Object>> served = Map.of("provider-api.json", providerDocument(),
                "epa-platform-api.json", platformDocument());
        // Both written under target/ first, to replace the committed copies with when an API changes.
        Files.createDirectories(SERVED);
        for (var document : served.entrySet()) {
            Files.writeString(SERVED.resolve(document.getKey()), json.rebuild()
                    .enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .build().writeValueAsString(document.getValue()));
        }
        for (var document : served.entrySet()) {
            assertThat(json.readValue(Files.readString(COMMITTED.resolve(document.getKey())), Map.class))
                    .as("src/test/openapi/%s differs from what the service serves: copy target/openapi/%1$s over it",
                            document.getKey())
                    .isEqualTo(document.getValue());
        }
    }

    private Map<String, Object> providerDocument() {
        return api.withToken(null).get("/v3/api-docs").expect(200).body();
    }

    private Map<String, Object> platformDocument() {
        return new Api(TestEpaPlatform.baseUrl(), null, json).get("/v3/api-docs").expect(200).body();
    }

    record Operation(String method, String path, Map<String, Object> spec) {

        String name() {
            return method.toUpperCase() + " " + path;
        }
    }

    static List<Operation> operations(Map<String, Object> document) {
        List<Operation> operations = new ArrayList<>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, spec) -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                operations.add(new Operation(method, path, map(spec)));
            }
        }));
        return operations;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
