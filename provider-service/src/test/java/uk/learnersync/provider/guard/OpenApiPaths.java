package uk.learnersync.provider.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.learnersync.testing.Api;

/** The provider API's operations as the running service documents them in {@code /v3/api-docs}. */
record OpenApiPaths(Map<String, Object> document) {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    record Operation(String method, String template, Map<String, Object> spec) {

        String describe() {
            return method + " " + template;
        }

        boolean writes() {
            return Set.of("POST", "PUT", "PATCH").contains(method);
        }

        /** Commands such as approve or retry take no body: whatever is sent with them is not read. */
        boolean takesABody() {
            return spec.get("requestBody") != null;
        }
    }

    static OpenApiPaths of(Api anyClient) {
        return new OpenApiPaths(anyClient.get("/v3/api-docs").expect(200).body());
    }

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> paths() {
        return (Map<String, Map<String, Object>>) document.get("paths");
    }

    /** Every operation on a {@code /api/v1} path. */
    @SuppressWarnings("unchecked")
    List<Operation> providerApi() {
        List<Operation> operations = new ArrayList<>();
        paths().forEach((template, methods) -> {
            if (template.startsWith("/api/v1/")) {
                methods.forEach((method, spec) -> {
                    if (METHODS.contains(method)) {
                        operations.add(new Operation(method.toUpperCase(), template, (Map<String, Object>) spec));
                    }
                });
            }
        });
        return operations;
    }

    /** The properties of a named schema of the document's components, name → schema. */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> properties(String schemaName) {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        Map<String, Object> schema = (Map<String, Object>) schemas.get(schemaName);
        return schema == null || schema.get("properties") == null
                ? Map.of()
                : (Map<String, Map<String, Object>>) schema.get("properties");
    }

    /** The name of the JSON request body's schema of an operation, or null. */
    @SuppressWarnings("unchecked")
    static String requestSchema(Map<String, Object> operationSpec) {
        Map<String, Object> body = (Map<String, Object>) operationSpec.get("requestBody");
        if (body == null) {
            return null;
        }
        for (Object media : ((Map<String, Object>) body.get("content")).values()) {
            Object ref = ((Map<String, Object>) ((Map<String, Object>) media).getOrDefault("schema", Map.of())).get("$ref");
            if (ref != null) {
                return ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
            }
        }
        return null;
    }
}
