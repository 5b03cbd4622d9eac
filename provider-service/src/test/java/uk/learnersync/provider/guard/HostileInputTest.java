package uk.learnersync.provider.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.provider.support.EndToEndTest;
import uk.learnersync.testing.Api;

/**
 * A generated corpus of hostile bodies against every write endpoint of the provider API, on the
 * provider's own resources: wrong types, missing and unknown fields, huge strings and bodies,
 * malformed JSON and XML, control characters and NUL bytes, SQL and script fragments, deep nesting.
 * Each is refused with a 4xx problem+json, never a 500, and nothing the provider reads changes.
 */
class HostileInputTest extends EndToEndTest {

    private static final String HUGE = "a".repeat(100_000);
    private static final String ILR_IMPORT = "/api/v1/ilr/imports";
    /** Fields whose value is any text a person writes, with no pattern to break. */
    private static final Set<String> FREE_TEXT = Set.of("reason");

    /** A hostile request body and its content type. */
    record Hostile(String name, String body, String contentType) {

        static Hostile json(String name, String body) {
            return new Hostile(name, body, "application/json");
        }
    }

    @TestFactory
    Stream<DynamicNode> everyWriteEndpointRefusesHostileInputWithAProblemAndStoresNothing() {
        OpenApiPaths document = OpenApiPaths.of(admin);
        List<OpenApiPaths.Operation> operations = document.providerApi();
        ProviderResources resources = ProviderResources.create(api, scenario, ukprn, document.paths().keySet());
        return operations.stream()
                .filter(OpenApiPaths.Operation::writes)
                .filter(OpenApiPaths.Operation::takesABody)
                .map(operation -> DynamicContainer.dynamicContainer(operation.describe(),
                        attack(operation, corpus(operation, document), resources, operations)));
    }

    /** Reads everything the provider can read before the corpus and checks it is the same after. */
    private Stream<DynamicTest> attack(OpenApiPaths.Operation operation, List<Hostile> corpus,
                                       ProviderResources resources, List<OpenApiPaths.Operation> operations) {
        AtomicReference<Map<String, String>> before = new AtomicReference<>();
        String path = ProviderResources.hasParameters(operation.template())
                ? resources.fill(operation.template())
                : operation.template();
        return Stream.of(
                Stream.of(DynamicTest.dynamicTest("what the provider reads before",
                        () -> before.set(resources.state(api, operations)))),
                corpus.stream().map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> {
                    Api.Response answer = api.sendRaw(operation.method(), path, hostile.body(), hostile.contentType());
                    assertThat(answer.status()).as("%s with %s answered %s", answer.request(), hostile.name(),
                            abbreviate(answer.text())).isBetween(400, 499);
                    assertThat(answer.contentType()).as("%s with %s", answer.request(), hostile.name())
                            .startsWith("application/problem+json");
                })),
                Stream.of(DynamicTest.dynamicTest("nothing was stored or changed",
                        () -> assertThat(resources.state(api, operations)).isEqualTo(before.get()))))
                .flatMap(tests -> tests);
    }

    private List<Hostile> corpus(OpenApiPaths.Operation operation, OpenApiPaths document) {
        if (operation.template().equals(ILR_IMPORT)) {
            return xmlCorpus();
        }
        Map<String, Map<String, Object>> fields = document.properties(schemaOf(operation, document));
        List<Hostile> corpus = new ArrayList<>(List.of(
                Hostile.json("malformed JSON", "{\"name\": \"Ada\", "),
                Hostile.json("a JSON array", "[1, 2, 3]"),
                Hostile.json("a JSON string", "\"Ada\""),
                Hostile.json("an empty body", ""),
                Hostile.json("an unknown field", "{\"isAdmin\": true, \"providerId\": \"00000000-0000-0000-0000-000000000000\"}"),
                Hostile.json("a lone surrogate", "{\"name\": \"\\ud800\", \"familyName\": \"\\udfff\"}"),
                Hostile.json("deeply nested JSON", "{\"a\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}"),
                Hostile.json("a body over the size limit", "{\"name\": \"" + "a".repeat(1_100_000) + "\"}"),
                new Hostile("XML", "<?xml version=\"1.0\"?><learner><uln>1000000043</uln></learner>", "application/xml"),
                new Hostile("plain text", "uln=1000000043", "text/plain")));
        if (!fields.isEmpty()) {
            corpus.add(Hostile.json("every field of the wrong type", object(fields, HostileInputTest::wrongType)));
            corpus.add(Hostile.json("numbers out of range", object(fields,
                    schema -> isNumber(schema) ? "1e999" : isString(schema) ? "99999999999999999999999" : "{}")));
        }
        Map<String, Map<String, Object>> strings = fields.entrySet().stream().filter(field -> isString(field.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        if (!strings.isEmpty()) {
            corpus.add(strings("100,000-character strings", strings, HUGE));
            corpus.add(strings("control characters", strings, "Ada\u0007\u001b[31m\r\nLovelace"));
            corpus.add(strings("NUL bytes", strings, "Ada\u0000Lovelace"));
            if (!strings.keySet().equals(FREE_TEXT)) {
                // In a free-text field such as a rejection's reason these are legitimate words: bound
                // parameters store them and the pages escape them (SecretsTest, the pages' escaping test).
                corpus.add(strings("SQL fragments", strings, "x'); DROP TABLE learners; --"));
                corpus.add(strings("script fragments", strings, "<script>alert(document.cookie)</script>"));
            }
        }
        return corpus;
    }

    private static List<Hostile> xmlCorpus() {
        return List.of(
                new Hostile("malformed XML", "<?xml version=\"1.0\"?><Message><Header>", "application/xml"),
                new Hostile("an external entity (XXE)", """
                        <?xml version="1.0"?>
                        <!DOCTYPE Message [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                        <Message xmlns="ESFA/ILR/2025-26">&secret;</Message>""", "application/xml"),
                new Hostile("an entity expansion bomb", """
                        <?xml version="1.0"?>
                        <!DOCTYPE Message [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                        <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
                        <Message xmlns="ESFA/ILR/2025-26">&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</Message>""", "application/xml"),
                new Hostile("a NUL byte in XML", "<?xml version=\"1.0\"?><Message>\u0000</Message>", "application/xml"),
                new Hostile("an empty body", "", "application/xml"),
                new Hostile("a valid file of another provider", "<?xml version=\"1.0\"?><Message xmlns=\"ESFA/ILR/2025-26\">"
                        + "<Header><CollectionDetails><Collection>ILR</Collection><Year>2526</Year></CollectionDetails>"
                        + "</Header></Message>", "application/xml"),
                Hostile.json("JSON", "{\"learners\": []}"));
    }

    /** The create request's schema, also for a merge patch (whose documented body is any JSON). */
    private static String schemaOf(OpenApiPaths.Operation operation, OpenApiPaths document) {
        String named = OpenApiPaths.requestSchema(operation.spec());
        if (named != null && !named.equals("JsonNode")) {
            return named;
        }
        if (operation.template().endsWith("/programme")) {
            return "ProgrammeInput";
        }
        String collection = operation.template().replaceAll("/\\{[^}]+}$", "");
        Map<String, Object> create = document.paths().getOrDefault(collection, Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> post = (Map<String, Object>) create.get("post");
        return post == null ? null : OpenApiPaths.requestSchema(post);
    }

    private Hostile strings(String name, Map<String, Map<String, Object>> fields, String value) {
        return Hostile.json(name, object(fields, schema -> json.writeValueAsString(value)));
    }

    private static String object(Map<String, Map<String, Object>> fields, Function<Map<String, Object>, String> value) {
        return fields.entrySet().stream()
                .map(field -> JsonMapper.shared().writeValueAsString(field.getKey()) + ": " + value.apply(field.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String wrongType(Map<String, Object> schema) {
        if (isString(schema)) {
            return "[\"not\", \"a\", \"string\"]";
        }
        if (isNumber(schema) || "boolean".equals(schema.get("type"))) {
            return "\"not a number\"";
        }
        return "\"not an object or list\"";
    }

    private static boolean isString(Map<String, Object> schema) {
        return "string".equals(schema.get("type"));
    }

    private static boolean isNumber(Map<String, Object> schema) {
        return "integer".equals(schema.get("type")) || "number".equals(schema.get("type"));
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
