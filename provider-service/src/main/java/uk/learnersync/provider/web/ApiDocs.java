package uk.learnersync.provider.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

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
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document at /v3/api-docs, the normative description of the provider API and the operator
 * API: what they are, how to authenticate, and, for every operation, the problem+json answers it can
 * give beside the successes its controller declares, each with an example. Declared once here rather
 * than on every controller method, since every refusal goes through the same exception handlers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String PROVIDER_TOKEN = "providerToken";
    static final String OPERATOR_TOKEN = "operatorToken";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<String> GENERIC_VERBS = Set.of("get", "list", "search", "create", "patch", "delete");
    private static final Set<String> PLURAL_VERBS = Set.of("list", "search");

    static {
        // A JSON value of any shape (a record before and after a change) is documented as such, not as Jackson's class.
        SpringDocUtils.getConfig().replaceWithClass(JsonNode.class, Object.class);
    }

    @Bean
    OpenAPI providerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("LearnerSync provider API").version("1")
                        .description("""
                                A training provider's apprentice records (in ILR terms), kept in step with every \
                                End-Point Assessment Organisation (EPAO) platform that assesses them.

                                **Provider API** (`/api/v1`, bearer token: the provider's `apiToken`, `lsp_…`): \
                                EPAOs and connections, case owners, employers and managers, programmes, learners \
                                and their EPA registration, changes of circumstance (process automations, approved \
                                by a person or a token), ILR files, and the sync log. Everything is scoped to the \
                                token's provider: another provider's resource answers 404.

                                **Operator API** (`/api/admin`, bearer token: `LEARNERSYNC_ADMIN_TOKEN`): providers \
                                (`POST /api/admin/providers` answers the provider's `apiToken` once) and their users.

                                **Changes and the EPA platform.** Every write carries its channel (`API` here) and \
                                the sync rules (RG-1, PD-1, CC-3 … in docs/spec/RULES.md) decide what reaches the \
                                EPA platform; `GET /api/v1/learners/{id}/sync-log` shows each decision and delivery.

                                **Concurrency.** Records answer with an `ETag`; a `PATCH` with `If-Match` changes \
                                the record only if nobody changed it since (else 412).

                                **Errors** are `application/problem+json` (RFC 9457) with `status`, `title` and \
                                `detail`; a 400 lists `errors: [{field, message}]`, one per bad field, and \
                                stores nothing. Unknown JSON fields are refused with 400."""))
                // Relative: the server that serves the document, whatever its host and port.
                .servers(List.of(new Server().url("/").description("This server")))
                .components(new Components()
                        .addSecuritySchemes(PROVIDER_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("lsp_…")
                                .description("The provider's apiToken, given once when the operator creates the "
                                        + "provider"))
                        .addSecuritySchemes(OPERATOR_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("LEARNERSYNC_ADMIN_TOKEN, the platform operator's token")));
    }

    /**
     * Operation IDs a generated client can keep: a handler named only by its verb ({@code get}, {@code list}...)
     * gets its resource's name from its controller ({@code getLearner}, {@code listCaseOwners}), where springdoc
     * would number them in the order it found them ({@code get_2}).
     */
    @Bean
    OperationCustomizer operationIds() {
        return (operation, handler) -> {
            String verb = handler.getMethod().getName();
            if (GENERIC_VERBS.contains(verb)) {
                String resource = handler.getBeanType().getSimpleName().replace("Controller", "").replace("Admin", "");
                operation.setOperationId(verb + resource + (PLURAL_VERBS.contains(verb) ? "s" : ""));
            }
            return operation;
        };
    }

    /** Which token each operation takes, and the problem+json answers every operation can give. */
    @Bean
    OpenApiCustomizer securityAndProblems() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                // Set, not added: springdoc runs its customizers again on the document it keeps, at every request.
                operation.setSecurity(List.of(new SecurityRequirement()
                        .addList(path.startsWith("/api/admin") ? OPERATOR_TOKEN : PROVIDER_TOKEN)));
                document(path, method, operation);
            }));
        };
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        boolean write = method != PathItem.HttpMethod.GET;
        add(operation, "400", "Invalid request: one entry per bad field in errors; nothing was stored");
        add(operation, "401", "No bearer token, or not a valid one");
        if (path.contains("{")) {
            add(operation, "404", "Not found, or another provider's (its existence is not revealed)");
        }
        if (write) {
            add(operation, "409", "Refused by the state of a record, e.g. approving an automation that is not pending");
        }
        // A client error declared elsewhere (the 412 of an If-Match) is problem+json too.
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("4") && response.getContent() == null) {
                response.content(problemContent(status));
            }
        });
    }

    private static void add(Operation operation, String status, String description) {
        operation.getResponses().putIfAbsent(status, new ApiResponse().description(description)
                .content(problemContent(status)));
    }

    private static Content problemContent(String status) {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                .addExamples("problem", new Example().value(example(status))));
    }

    /** What the service answers with each status, worded as its exception handlers word it. */
    private static Map<String, Object> example(String status) {
        String id = "0b6f1a52-4d1e-4c1b-9f0e-2f5b8a4c7d10";
        return switch (status) {
            case "400" -> problem(400, "Invalid request", "uln: is not a valid ULN: its check digit is wrong (ULN_04)",
                    List.of(Map.of("field", "uln", "message", "is not a valid ULN: its check digit is wrong (ULN_04)")));
            case "401" -> problem(401, "Unauthorized", "A valid bearer token is required in the Authorization header",
                    null);
            case "404" -> problem(404, "Not found", "Learner " + id + " was not found", null);
            case "409" -> problem(409, "Conflict", "Automation " + id + " is APPLIED (by user:ann@provider.test): "
                    + "only a PENDING automation can be approved", null);
            case "412" -> problem(412, "Precondition failed", "The learner has changed since you read it: its ETag "
                    + "is now \"4\". Nothing was changed; read it again and apply your change to what it holds now.",
                    null);
            default -> {
                HttpStatus other = HttpStatus.valueOf(Integer.parseInt(status));
                yield problem(other.value(), other.getReasonPhrase(), "Why the request was refused; nothing was changed",
                        null);
            }
        };
    }

    private static Map<String, Object> problem(int status, String title, String detail,
                                               List<Map<String, String>> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (errors != null) {
            problem.put("errors", errors);
        }
        return problem;
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().example("programme.startDate"))
                .addProperty("message", new StringSchema().example("is required"))
                .required(List.of("field", "message"));
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Conflict"))
                .addProperty("status", new IntegerSchema().example(409))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("400 only: one entry per bad field"))
                .required(List.of("status", "title", "detail"));
    }
}
