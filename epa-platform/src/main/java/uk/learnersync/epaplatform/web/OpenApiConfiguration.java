package uk.learnersync.epaplatform.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import uk.learnersync.epaplatform.apprentices.RefusalCode;

/**
 * The OpenAPI document at /v3/api-docs: the normative description of the provider-facing API and
 * of the operator's. Every operation names the token it takes, and its 4xx (and the provider-facing
 * API's 5xx) answers are problem+json with an example, declared here once rather than on each
 * controller method.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI epaPlatformOpenApi() {
        return new OpenAPI()
                .info(new Info().title("EPA platform API").version("1")
                        .description("""
                                An end-point assessment organisation's platform (the role epaPRO plays), as \
                                LearnerSync ships it.

                                **Provider-facing API** (`/api/v1`, bearer token: a connection's `apiToken`): a \
                                training provider's connection registers and updates its own apprentices, every \
                                write with an `Idempotency-Key`, and reads back what happened to them through the \
                                change feed `/api/v1/changes`. Every answer about an apprentice is the whole \
                                `ApprenticeRecord`.

                                **Operator API** (`/admin`, bearer token: `EPA_PLATFORM_ADMIN_TOKEN`): \
                                organisations and their connections, the EPAO staff's actions (gateway, result, \
                                certificate, withdrawal, edits), history and the fault switch.

                                **Errors** are `application/problem+json` (RFC 9457) with `status`, `title` and \
                                `detail`; a 400 lists `errors: [{field, message}]`; a refusal for a business \
                                reason names it in `code`: `TEMPORARY_ULN` (422), `DUPLICATE_RECORD`, \
                                `RECORD_CLOSED`, `LOCKED_AFTER_GATEWAY`, `TRANSITION_NOT_ALLOWED` (409). A 422 \
                                without a code is a permanent refusal without a business reason."""))
                // Relative: the server that serves the document, whatever its host and port.
                .servers(List.of(new Server().url("/").description("This server")))
                .components(new Components()
                        .addSecuritySchemes("connectionToken", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("epc_…")
                                .description("A connection's apiToken, given when the operator creates the connection"))
                        .addSecuritySchemes("operatorToken", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("EPA_PLATFORM_ADMIN_TOKEN")));
    }

    /** Adds the problem+json answers every operation can give, beside the successes its controller declares. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                // Set, not added: springdoc runs its customizers again on the document it keeps, at every request.
                operation.setSecurity(List.of(new SecurityRequirement()
                        .addList(path.startsWith("/admin") ? "operatorToken" : "connectionToken")));
                document(path, method, operation);
            }));
        };
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean providerFacing = path.startsWith("/api/");
        boolean write = method != PathItem.HttpMethod.GET;
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        add(operation, "400", "Invalid request: a malformed or invalid body or parameter, one entry per bad field"
                + (providerFacing && write ? ", or no Idempotency-Key" : ""));
        add(operation, "401", "A missing or wrong bearer token" + (providerFacing ? ", or a revoked connection" : ""));
        if (path.contains("{")) {
            add(operation, "404", "Not found, or not this caller's");
        }
        if (write && !path.startsWith("/admin/faults")) {
            add(operation, "409", "Refused by the record's state; code names why: DUPLICATE_RECORD, RECORD_CLOSED, "
                    + "LOCKED_AFTER_GATEWAY or TRANSITION_NOT_ALLOWED");
            add(operation, "422", "Refused: code TEMPORARY_ULN, or no code for a permanent refusal without a "
                    + "business reason (the REJECT fault)");
        }
        if (providerFacing) {
            add(operation, "500", "A transient failure; nothing was applied (the ERRORS fault)");
            add(operation, "503", "The platform is down; nothing was applied (the DOWN fault)");
        }
    }

    private static void add(Operation operation, String status, String description) {
        operation.getResponses().putIfAbsent(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                                .addExamples("problem", new Example().value(example(status))))));
    }

    /** What an integrator sees with each status, as the platform answers it. */
    private static Map<String, Object> example(String status) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        switch (status) {
            case "400" -> {
                problem.put("title", "Invalid request");
                problem.put("status", 400);
                problem.put("detail", "programme.startDate: is required");
                problem.put("errors", List.of(Map.of("field", "programme.startDate", "message", "is required")));
            }
            case "401" -> problem.putAll(Map.of("title", "Unauthorized", "status", 401,
                    "detail", "A valid bearer token is required in the Authorization header"));
            case "404" -> problem.putAll(Map.of("title", "Not found", "status", 404,
                    "detail", "Apprentice 3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b was not found"));
            case "409" -> problem.putAll(Map.of("title", "Locked after gateway", "status", 409, "code",
                    "LOCKED_AFTER_GATEWAY", "detail", "The gateway was confirmed on 2026-01-10: the standard, its version and option are locked"));
            case "422" -> problem.putAll(Map.of("title", "Temporary ULN", "status", 422, "code", "TEMPORARY_ULN",
                    "detail", "The ULN 9999999999 is ESFA's temporary ULN; the platform needs the learner's real ULN"));
            case "500" -> problem.putAll(Map.of("title", "Internal Server Error", "status", 500,
                    "detail", "A transient failure: nothing was applied"));
            default -> problem.putAll(Map.of("title", "Service Unavailable", "status", 503,
                    "detail", "The platform is down: nothing was applied"));
        }
        return problem;
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().example("programme.startDate"))
                .addProperty("message", new StringSchema().example("is required"));
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Record closed"))
                .addProperty("status", new IntegerSchema().example(409))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("code", new StringSchema()._enum(Arrays.stream(RefusalCode.values())
                        .map(Enum::name).toList()).description("Why a change was refused, when it is for a "
                                + "business reason"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("400 only: one entry per bad field"))
                .required(List.of("status", "title", "detail"));
    }
}
