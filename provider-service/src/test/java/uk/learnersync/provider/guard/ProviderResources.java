package uk.learnersync.provider.guard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

import uk.learnersync.provider.ilr.IlrFileGenerator;
import uk.learnersync.provider.support.SyncScenario;
import uk.learnersync.testing.Api;

/**
 * One resource of every kind a provider owns, made through the public API, and the documented
 * path templates of the provider API filled in with them. Every {@code /api/v1} path with a path
 * parameter must be listed in {@link #PARAMETERS}, so that a new endpoint cannot escape the tenancy
 * and hostile-input tests.
 */
final class ProviderResources {

    static final String EPAO = "EPA0006";

    /** Path template → the kind of resource each of its parameters names, in order. */
    static final Map<String, List<String>> PARAMETERS = Map.ofEntries(
            Map.entry("/api/v1/learners/{id}", List.of("learner")),
            Map.entry("/api/v1/learners/{id}/programme", List.of("learner")),
            Map.entry("/api/v1/learners/{id}/epa-registration", List.of("learner")),
            Map.entry("/api/v1/learners/{id}/sync-log", List.of("learner")),
            Map.entry("/api/v1/learners/{id}/audit", List.of("learner")),
            Map.entry("/api/v1/learners/{id}/circumstances", List.of("learner")),
            Map.entry("/api/v1/case-owners/{id}", List.of("caseOwner")),
            Map.entry("/api/v1/employers/{id}", List.of("employer")),
            Map.entry("/api/v1/employers/{id}/addresses", List.of("employer")),
            Map.entry("/api/v1/employers/{id}/addresses/{addressId}", List.of("employer", "address")),
            Map.entry("/api/v1/managers/{id}", List.of("manager")),
            Map.entry("/api/v1/programmes/{id}", List.of("programme")),
            Map.entry("/api/v1/epa-connections/{id}", List.of("connection")),
            Map.entry("/api/v1/epa-connections/{id}/token", List.of("connection")),
            Map.entry("/api/v1/epaos/{epaoId}", List.of("epao")),
            Map.entry("/api/v1/sync/tasks/{id}", List.of("syncTask")),
            Map.entry("/api/v1/sync/tasks/{id}/retry", List.of("syncTask")),
            Map.entry("/api/v1/sync/tasks/{id}/skip", List.of("syncTask")),
            Map.entry("/api/v1/sync/reconciliations/{id}", List.of("reconciliation")),
            Map.entry("/api/v1/sync/reconciliations/{id}/repair", List.of("reconciliation")),
            Map.entry("/api/v1/ilr/imports/{id}", List.of("ilrImport")),
            Map.entry("/api/v1/automations/{id}", List.of("automation")),
            Map.entry("/api/v1/automations/{id}/approve", List.of("automation")),
            Map.entry("/api/v1/automations/{id}/reject", List.of("automation")),
            Map.entry("/api/v1/automations/{id}/preview", List.of("automation")),
            // Not a provider's resource: reference data and the seed's rule IDs, the same for everyone.
            Map.entry("/api/v1/standards/{code}", List.of("standard")),
            Map.entry("/api/v1/sync/policy/rules/{ruleId}", List.of("rule")));

    /** Templates whose parameter names something shared by every provider rather than owned by one. */
    static final Set<String> SHARED = Set.of("/api/v1/standards/{code}", "/api/v1/sync/policy/rules/{ruleId}");

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");

    private final Map<String, String> ids = new LinkedHashMap<>();

    /** Creates one of each kind for the scenario's provider; automations only where the API documents them. */
    static ProviderResources create(Api api, SyncScenario scenario, String ukprn, Set<String> documentedPaths) {
        ProviderResources resources = new ProviderResources();
        Map<String, String> ids = resources.ids;
        ids.put("connection", scenario.connectTo(EPAO));
        ids.put("programme", scenario.programme(EPAO));
        ids.put("caseOwner", scenario.caseOwner("Tess"));
        Map<String, String> employer = scenario.employer("Tenant Ltd", "LS1 4AP");
        ids.put("employer", employer.get("id"));
        ids.put("address", employer.get("addressId"));
        ids.put("manager", scenario.manager(employer.get("id"), "Max"));
        ids.put("learner", scenario.learner(ids.get("programme"), Map.of("caseOwnerId", ids.get("caseOwner"),
                "managerId", ids.get("manager"), "employerId", employer.get("id"),
                "employerAddressId", employer.get("addressId"))));
        scenario.register(ids.get("learner"));
        ids.put("syncTask", (String) scenario.syncLog(ids.get("learner")).get(0).get("id"));
        ids.put("epao", api.post("/api/v1/epaos", Map.of("epaoId", "EPA9" + ukprn.substring(5), "name", "Own assessor"))
                .expect(201).body().get("epaoId").toString());
        ids.put("ilrImport", api.sendRaw("POST", "/api/v1/ilr/imports", ilrFile(ukprn), "application/xml")
                .expect(201).id());
        ids.put("standard", "2");
        ids.put("rule", "PD-4");
        if (documentedPaths.contains("/api/v1/automations")) {
            ids.put("automation", api.post("/api/v1/automations", Map.of("type", "BREAK_IN_LEARNING",
                    "learnerId", ids.get("learner"), "effectiveDate", "2026-01-05", "details", Map.of())).expect(201).id());
        }
        scenario.awaitSynced();
        ids.put("reconciliation", finished(api, api.post("/api/v1/sync/reconciliations", Map.of()).expect(202).id()));
        return resources;
    }

    /** Waits for the reconciliation to finish, so that what the tests read of it no longer changes. */
    private static String finished(Api api, String reconciliation) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !"RUNNING".equals(
                api.get("/api/v1/sync/reconciliations/" + reconciliation).expect(200).body().get("status")));
        return reconciliation;
    }

    /** The template with its parameters replaced by this provider's resources. */
    String fill(String template) {
        List<String> kinds = PARAMETERS.get(template);
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        int index = 0;
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(ids.get(kinds.get(index++))));
        }
        return matcher.appendTail(path).toString();
    }

    /** The IDs of the resources this provider owns, except sync task numbers (too short to look for in text). */
    List<String> ownedIds() {
        return ids.entrySet().stream()
                .filter(entry -> !Set.of("standard", "rule", "syncTask").contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .toList();
    }

    /** What the client reads from every documented JSON GET endpoint, filled in with these resources. */
    Map<String, String> state(Api client, List<OpenApiPaths.Operation> operations) {
        Map<String, String> state = new LinkedHashMap<>();
        for (OpenApiPaths.Operation operation : operations) {
            if (operation.method().equals("GET")) {
                String path = hasParameters(operation.template()) ? fill(operation.template()) : operation.template();
                Api.Response answer = client.get(path);
                if (answer.contentType().contains("json")) {
                    state.put(path, answer.status() + " " + answer.text());
                }
            }
        }
        return state;
    }

    static boolean hasParameters(String template) {
        return PARAMETER.matcher(template).find();
    }

    private static String ilrFile(String ukprn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IlrFileGenerator(ukprn, 7).write(out, 1);
        return out.toString(StandardCharsets.UTF_8);
    }
}
