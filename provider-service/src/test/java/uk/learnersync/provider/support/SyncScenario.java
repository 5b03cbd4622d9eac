package uk.learnersync.provider.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.learnersync.testing.Api;

/**
 * A provider set up to synchronise with the test EPA platform, driven only through the two
 * services' public APIs, as an integrator would drive them.
 */
public final class SyncScenario {

    /** Long enough for test classes running side by side on two cores. */
    private static final Duration SYNC_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(50);
    private static int ulnCounter = (int) (Math.random() * 800_000_000);

    private final Api api;
    private final Api platformAdmin;
    private final String ukprn;
    private final Map<String, String> platformTokens = new HashMap<>();

    public SyncScenario(Api api, Api platformAdmin, String ukprn) {
        this.api = api;
        this.platformAdmin = platformAdmin;
        this.ukprn = ukprn;
    }

    /** Connects the provider to the EPAO's organisation on the test platform; returns the connection's ID. */
    public String connectTo(String epaoId) {
        int status = platformAdmin.post("/admin/organisations", Map.of("epaoId", epaoId, "name", "Assessor " + epaoId)).status();
        assertThat(status).isIn(200, 201);
        Map<String, Object> credentials = platformAdmin.post("/admin/organisations/" + epaoId + "/connections",
                Map.of("providerUkprn", ukprn)).expect(201).body();
        platformTokens.put(epaoId, (String) credentials.get("apiToken"));
        return api.post("/api/v1/epa-connections", Map.of("epaoId", epaoId,
                "baseUrl", TestEpaPlatform.baseUrl(), "apiToken", credentials.get("apiToken"))).expect(201).id();
    }

    public String programme(String epaoId, String... options) {
        return api.post("/api/v1/programmes", Map.of("name", "Software developer " + epaoId, "standardCode", 2,
                "standardReference", "ST0116", "standardVersion", "1.0", "options", List.of(options),
                "epaoId", epaoId)).expect(201).id();
    }

    public String caseOwner(String givenName) {
        return api.post("/api/v1/case-owners", Map.of("givenName", givenName, "familyName", "Tutor",
                "email", givenName.toLowerCase() + "@provider.test", "phone", "01632 960001")).expect(201).id();
    }

    /** An employer with one address; returns {@code id} and {@code addressId}. */
    public Map<String, String> employer(String name, String postcode) {
        Map<String, Object> employer = api.post("/api/v1/employers", Map.of("name", name, "addresses",
                List.of(Map.of("line1", "1 High Street", "town", "Leeds", "postcode", postcode)))).expect(201).body();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> addresses = (List<Map<String, Object>>) employer.get("addresses");
        return Map.of("id", (String) employer.get("id"), "addressId", (String) addresses.get(0).get("id"));
    }

    public String manager(String employerId, String givenName) {
        return api.post("/api/v1/managers", Map.of("givenName", givenName, "familyName", "Manager",
                "email", givenName.toLowerCase() + "@employer.test", "phone", "0113 496 0000",
                "employerId", employerId)).expect(201).id();
    }

    /** A learner on the programme, with the given links (case owner, manager, employer...). */
    public String learner(String programmeId, Map<String, Object> links) {
        Map<String, Object> body = new HashMap<>(Map.of("uln", nextUln(), "givenNames", "Ada", "familyName", "Lovelace",
                "dateOfBirth", "2004-12-10", "sex", "F", "ethnicity", 31, "email", "ada@learner.test",
                "programme", Map.of("programmeId", programmeId, "startDate", "2025-09-01",
                        "plannedEndDate", "2027-03-31", "epaPeriodMonths", 3)));
        body.putAll(links);
        return api.post("/api/v1/learners", body).expect(201).id();
    }

    public void register(String learnerId) {
        api.post("/api/v1/learners/" + learnerId + "/epa-registration", Map.of()).expect(201);
    }

    /** Waits until the EPA platforms have been told everything this provider committed. */
    public void awaitSynced() {
        await("the EPA platforms told everything").atMost(SYNC_TIMEOUT).pollInterval(POLL)
                .until(this::status, status -> count(status, "pending") == 0 && count(status, "retrying") == 0);
    }

    /** The token the EPAO's platform issued for the provider's connection. */
    public String platformToken(String epaoId) {
        return platformTokens.get(epaoId);
    }

    /**
     * Makes the platform fail this provider's calls only (DOWN, ERRORS, SLOW, REJECT), so that tests of
     * other providers running at the same time are not disturbed; {@code NONE} ends it.
     */
    public void fault(String mode, Map<String, Object> settings) {
        Map<String, Object> body = new HashMap<>(settings);
        body.put("mode", mode);
        body.put("providerUkprn", ukprn);
        platformAdmin.put("/admin/faults", body).expect(200);
    }

    public void fault(String mode) {
        fault(mode, Map.of());
    }

    public Map<String, Object> status() {
        return api.get("/api/v1/sync/status").expect(200).body();
    }

    /** Waits until the provider's sync status shows {@code value} for {@code key}, e.g. one blocked task. */
    public void awaitStatus(String key, long value) {
        await("the sync status showing " + key + " = " + value).atMost(SYNC_TIMEOUT).pollInterval(POLL)
                .until(this::status, status -> count(status, key) == value);
    }

    /** Waits until the provider's sync status shows at least {@code value} for {@code key}. */
    public void awaitStatusAtLeast(String key, long value) {
        await("the sync status showing " + key + " >= " + value).atMost(SYNC_TIMEOUT).pollInterval(POLL)
                .until(this::status, status -> count(status, key) >= value);
    }

    private static long count(Map<String, Object> status, String key) {
        return ((Number) status.get(key)).longValue();
    }

    /** Every record of the learner (by its ULN) at that EPAO's platform, oldest first: one per registration there. */
    public List<Map<String, Object>> platformRecords(String epaoId, String learnerId) {
        String uln = (String) api.get("/api/v1/learners/" + learnerId).expect(200).body().get("uln");
        return platformAdmin.get("/admin/organisations/" + epaoId + "/apprentices?uln=" + uln)
                .expect(200).items().stream()
                .filter(record -> ukprn.equals(record.get("providerUkprn")))
                .toList();
    }

    /** The learner's record on the EPA platform, as the EPAO sees it. */
    public Map<String, Object> platformRecord(String epaoId, String learnerId) {
        String uln = (String) api.get("/api/v1/learners/" + learnerId).expect(200).body().get("uln");
        List<Map<String, Object>> records = platformAdmin.get("/admin/organisations/" + epaoId + "/apprentices?uln=" + uln)
                .expect(200).items().stream()
                .filter(record -> ukprn.equals(record.get("providerUkprn")))
                .toList();
        assertThat(records).as("records of ULN %s at %s", uln, epaoId).hasSize(1);
        return records.get(0);
    }

    /** Every record of the provider's learners on that EPAO's platform. */
    public List<Map<String, Object>> platformRecords(String epaoId) {
        return platformAdmin.get("/admin/organisations/" + epaoId + "/apprentices").expect(200).items().stream()
                .filter(record -> ukprn.equals(record.get("providerUkprn")))
                .toList();
    }

    public List<Map<String, Object>> syncLog(String learnerId) {
        return api.get("/api/v1/learners/" + learnerId + "/sync-log").expect(200).items();
    }

    /** A valid ULN not used before in this run: a counter with ESFA's check digit (ULN_04). */
    public static synchronized String nextUln() {
        while (true) {
            String nine = Integer.toString(100_000_000 + ulnCounter++ % 900_000_000);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int remainder = sum % 11;
            if (remainder != 0) {
                return nine + (10 - remainder);
            }
        }
    }
}
