package uk.learnersync.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One provider connected to one EPAO on the platform, with {@code size} learners registered through
 * the connection and linked to one employer address. One learner goes the whole product path
 * (created and registered through the API, delivered by the engine); the others are copies of it
 * written with SQL on both sides, which is what registering them one by one would have left behind.
 */
final class Scenario {

    static final String EPAO = "EPA0001";
    private static final AtomicInteger UKPRNS = new AtomicInteger(10_000_000 + (int) (Math.random() * 80_000_000));

    final String providerId;
    final String ukprn;
    private final Services services;
    private final String apiToken;
    final String connectionId;
    final String platformConnectionId;
    final String platformToken;
    final String employerId;
    final String addressId;
    final List<String> learnerIds;

    private Scenario(Services services, String providerId, String ukprn, String apiToken, String connectionId,
                     String platformConnectionId,
                     String platformToken, String employerId, String addressId, List<String> learnerIds) {
        this.providerId = providerId;
        this.ukprn = ukprn;
        this.services = services;
        this.apiToken = apiToken;
        this.connectionId = connectionId;
        this.platformConnectionId = platformConnectionId;
        this.platformToken = platformToken;
        this.employerId = employerId;
        this.addressId = addressId;
        this.learnerIds = learnerIds;
    }

    /** A provider of its own, with nothing else: what an ILR import starts from. */
    static Map<String, Object> newProvider(Services services) {
        String ukprn = Integer.toString(UKPRNS.incrementAndGet());
        return services.providerAdmin().post("/api/admin/providers",
                Map.of("ukprn", ukprn, "name", "Provider " + ukprn), 201);
    }

    @SuppressWarnings("unchecked")
    static Scenario create(Services services, int size) throws InterruptedException {
        Map<String, Object> provider = newProvider(services);
        String ukprn = (String) provider.get("ukprn");
        Http api = services.provider((String) provider.get("apiToken"));
        Http platformAdmin = services.platformAdmin();
        if (services.platformDb.count("SELECT count(*) FROM organisations WHERE epao_id = ?", EPAO) == 0) {
            platformAdmin.post("/admin/organisations", Map.of("epaoId", EPAO, "name", "Assessor " + EPAO), 201);
        }
        Map<String, Object> credentials = platformAdmin.post("/admin/organisations/" + EPAO + "/connections",
                Map.of("providerUkprn", ukprn), 201);
        String connectionId = (String) api.post("/api/v1/epa-connections", Map.of("epaoId", EPAO,
                "baseUrl", services.platformUrl, "apiToken", credentials.get("apiToken")), 201).get("id");
        String programmeId = (String) api.post("/api/v1/programmes", Map.of("name", "Software developer",
                "standardCode", 2, "standardReference", "ST0116", "standardVersion", "1.0", "options", List.of(),
                "epaoId", EPAO), 201).get("id");
        Map<String, Object> employer = api.post("/api/v1/employers", Map.of("name", "Northern Widgets Ltd",
                "addresses", List.of(Map.of("line1", "1 High Street", "town", "Leeds", "postcode", "LS1 4AP"))), 201);
        String employerId = (String) employer.get("id");
        String addressId = (String) ((List<Map<String, Object>>) employer.get("addresses")).get(0).get("id");
        String prototype = (String) api.post("/api/v1/learners", Map.of("uln", "1000000043", "givenNames", "Ada",
                "familyName", "Lovelace", "dateOfBirth", "2004-12-10", "sex", "F", "ethnicity", 31,
                "email", "ada@learner.test", "employerId", employerId, "employerAddressId", addressId,
                "programme", Map.of("programmeId", programmeId, "startDate", "2025-09-01",
                        "plannedEndDate", "2027-03-31", "epaPeriodMonths", 3)), 201).get("id");
        api.post("/api/v1/learners/" + prototype + "/epa-registration", Map.of(), 201);
        String apprenticeId = awaitApprenticeId(api, prototype);
        copy(services, prototype, apprenticeId, size - 1);
        List<String> learners = services.providerDb.pairs(
                        "SELECT id::text, '' FROM learners WHERE provider_id = CAST(? AS uuid) ORDER BY id",
                        provider.get("id"))
                .stream().map(row -> row[0]).toList();
        return new Scenario(services, (String) provider.get("id"), ukprn, (String) provider.get("apiToken"),
                connectionId,
                (String) credentials.get("connectionId"), (String) credentials.get("apiToken"), employerId, addressId,
                learners);
    }

    private static String awaitApprenticeId(Http api, String learnerId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Map<?, ?> registration = (Map<?, ?>) api.get("/api/v1/learners/" + learnerId).get("epaRegistration");
            if (registration.get("apprenticeId") != null) {
                return (String) registration.get("apprenticeId");
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The prototype learner was not registered on the platform within 30 s");
    }

    /** Copies the registered learner {@code copies} times, with its record on the platform and its registration. */
    private static void copy(Services services, String learnerId, String apprenticeId, int copies) {
        String salt = UUID.randomUUID().toString();
        services.providerDb.update("""
                INSERT INTO learners (id, provider_id, learn_ref_number, uln, given_names, family_name, date_of_birth,
                    sex, ethnicity, email, case_owner_id, manager_id, employer_id, employer_address_id, programme_id,
                    programme_option, start_date, planned_end_date, epa_period_months, epao_id, registration_mode,
                    registration_epao_id, registration_connection_id, apprentice_id, status)
                SELECT CAST(md5(? || 'learner' || g) AS uuid), provider_id, 'B' || g, uln, given_names, family_name,
                    date_of_birth, sex, ethnicity, email, case_owner_id, manager_id, employer_id, employer_address_id,
                    programme_id, programme_option, start_date, planned_end_date, epa_period_months, epao_id,
                    registration_mode, registration_epao_id, registration_connection_id,
                    CAST(md5(? || 'apprentice' || g) AS uuid)::text, status
                FROM learners, generate_series(1, ?) g WHERE id = CAST(? AS uuid)""", salt, salt, copies, learnerId);
        // Each copy's record on the platform, with the prototype's desired state (the copies differ only in IDs).
        services.providerDb.update("""
                INSERT INTO sync_records (id, provider_id, learner_id, connection_id, epao_id, active, apprentice_id,
                    desired)
                SELECT CAST(md5(? || 'record' || g) AS uuid), provider_id, CAST(md5(? || 'learner' || g) AS uuid),
                    connection_id, epao_id, active, CAST(md5(? || 'apprentice' || g) AS uuid)::text, desired
                FROM sync_records, generate_series(1, ?) g WHERE learner_id = CAST(? AS uuid) AND active""",
                salt, salt, salt, copies, learnerId);
        services.platformDb.update("""
                INSERT INTO apprentices (id, connection_id, epao_id, provider_ukprn, uln, given_names, family_name,
                    date_of_birth, sex, ethnicity, email, employer_name, employer_line1, employer_line2, employer_line3,
                    employer_town, employer_postcode, employer_contact, tutor, registered_status, phone,
                    postal_address, registered_at, updated_at)
                SELECT CAST(md5(? || 'apprentice' || g) AS uuid), connection_id, epao_id, provider_ukprn, uln,
                    given_names, family_name, date_of_birth, sex, ethnicity, email, employer_name, employer_line1,
                    employer_line2, employer_line3, employer_town, employer_postcode, employer_contact, tutor,
                    registered_status, phone, postal_address, registered_at, updated_at
                FROM apprentices, generate_series(1, ?) g WHERE id = CAST(? AS uuid)""", salt, copies, apprenticeId);
        services.platformDb.update("""
                INSERT INTO apprentice_programmes (apprentice_id, position, standard_code, standard_reference,
                    standard_version, option, start_date, planned_end_date, status, stop_date)
                SELECT CAST(md5(? || 'apprentice' || g) AS uuid), position, standard_code, standard_reference,
                    standard_version, option, start_date, planned_end_date, status, stop_date
                FROM apprentice_programmes, generate_series(1, ?) g WHERE apprentice_id = CAST(? AS uuid)""",
                salt, copies, apprenticeId);
        services.providerDb.update("ANALYZE");
        services.platformDb.update("ANALYZE");
    }

    /** The provider's API client, on whichever provider service is running now. */
    Http api() {
        return services.provider(apiToken);
    }

    /** Tasks of this provider not yet finished, fan-outs not yet expanded included. */
    long unfinished() {
        return services.providerDb.count("""
                SELECT (SELECT count(*) FROM sync_tasks WHERE provider_id = CAST(? AS uuid)
                                                         AND status IN ('PENDING', 'RETRYING'))
                     + (SELECT count(*) FROM sync_fanouts WHERE provider_id = CAST(? AS uuid) AND NOT done)""",
                providerId, providerId);
    }
}
