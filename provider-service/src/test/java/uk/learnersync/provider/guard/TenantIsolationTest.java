package uk.learnersync.provider.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import uk.learnersync.provider.support.EndToEndTest;
import uk.learnersync.testing.Api;

/**
 * Tenancy for every endpoint that the provider API documents: provider B, with its own valid
 * token, asks for or changes each of provider A's resources and gets 404 (never 403, 200 or 500),
 * and A's records read the same afterwards. B's lists show nothing of A's.
 */
class TenantIsolationTest extends EndToEndTest {

    /** A body B might plausibly send to each write endpoint; the endpoint must refuse it for A's resource. */
    private static final Map<String, Map<String, Object>> BODIES = Map.ofEntries(
            Map.entry("PATCH /api/v1/learners/{id}", Map.of("familyName", "Intruder")),
            Map.entry("PATCH /api/v1/learners/{id}/programme", Map.of("plannedEndDate", "2027-06-30")),
            Map.entry("POST /api/v1/learners/{id}/circumstances", Map.of("type", "BREAK_IN_LEARNING",
                    "effectiveDate", "2026-01-05", "details", Map.of())),
            Map.entry("PATCH /api/v1/case-owners/{id}", Map.of("familyName", "Intruder")),
            Map.entry("PATCH /api/v1/employers/{id}", Map.of("name", "Intruder Ltd")),
            Map.entry("POST /api/v1/employers/{id}/addresses", Map.of("line1", "1 Intruder Street", "town", "Leeds",
                    "postcode", "LS1 4AP")),
            Map.entry("PATCH /api/v1/employers/{id}/addresses/{addressId}", Map.of("town", "Intruder")),
            Map.entry("PATCH /api/v1/managers/{id}", Map.of("familyName", "Intruder")),
            Map.entry("PATCH /api/v1/programmes/{id}", Map.of("name", "Intruder")),
            Map.entry("POST /api/v1/automations/{id}/reject", Map.of("reason", "Intruder")),
            Map.entry("PUT /api/v1/sync/policy/rules/{ruleId}", Map.of("addedChannels", List.of("UI"))));

    @TestFactory
    Stream<DynamicTest> anotherProviderGetsNotFoundFromEveryEndpointAndChangesNothing() {
        OpenApiPaths document = OpenApiPaths.of(admin);
        List<OpenApiPaths.Operation> operations = document.providerApi();
        assertThat(operations.stream().map(OpenApiPaths.Operation::template)
                .filter(ProviderResources::hasParameters).distinct())
                .as("every /api/v1 path with a parameter has a fixture in ProviderResources.PARAMETERS")
                .allMatch(ProviderResources.PARAMETERS::containsKey);
        ProviderResources resources = ProviderResources.create(api, scenario, ukprn, document.paths().keySet());
        Api providerB = apiFor(newProviderAccount());
        // What A reads after one of B's calls is what it reads before the next: read once per call, not twice.
        AtomicReference<Map<String, String>> previous = new AtomicReference<>();

        Stream<DynamicTest> owned = operations.stream()
                .filter(operation -> ProviderResources.hasParameters(operation.template()))
                .map(operation -> DynamicTest.dynamicTest(operation.describe(), () -> {
                    Map<String, String> carried = previous.getAndSet(null);
                    Map<String, String> before = carried != null ? carried : resources.state(api, operations);
                    String path = resources.fill(operation.template());
                    Api.Response answer = call(providerB, operation, path);
                    if (ProviderResources.SHARED.contains(operation.template())) {
                        assertThat(answer.status()).as("%s answered %s", answer.request(), answer.text()).isLessThan(500);
                    } else {
                        answer.expect(404);
                        assertThat(answer.contentType()).startsWith("application/problem+json");
                    }
                    Map<String, String> after = resources.state(api, operations);
                    assertThat(after).as("A's records after B's " + operation.describe()).isEqualTo(before);
                    previous.set(after);
                }));
        Stream<DynamicTest> lists = operations.stream()
                .filter(operation -> operation.method().equals("GET") && !ProviderResources.hasParameters(operation.template()))
                .map(operation -> DynamicTest.dynamicTest(operation.describe() + " shows nothing of A's", () -> {
                    String answer = providerB.get(operation.template()).text();
                    resources.ownedIds().forEach(id -> assertThat(answer).doesNotContain(id));
                }));
        return Stream.concat(owned, lists);
    }

    private static Api.Response call(Api client, OpenApiPaths.Operation operation, String path) {
        Map<String, Object> body = BODIES.getOrDefault(operation.describe(), Map.of());
        return switch (operation.method()) {
            case "GET" -> client.get(path);
            case "DELETE" -> client.delete(path);
            case "PATCH" -> client.patch(path, body);
            case "PUT" -> client.put(path, body);
            default -> client.post(path, body);
        };
    }
}
