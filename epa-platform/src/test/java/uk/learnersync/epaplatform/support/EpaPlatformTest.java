package uk.learnersync.epaplatform.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.epaplatform.EpaPlatformApplication;
import uk.learnersync.testing.Api;
import uk.learnersync.testing.TestDatabase;

/**
 * Base of the integration tests: the EPA platform on a random port over the shared test database,
 * driven over real HTTP. Each test gets an organisation of its own with one connection ({@code api}).
 */
@SpringBootTest(classes = EpaPlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + EpaPlatformApplication.CONFIG_NAME)
public abstract class EpaPlatformTest {

    public static final String ADMIN_TOKEN = "test-epa-admin-token-0123456789";

    private static final AtomicInteger EPAO_NUMBERS = new AtomicInteger((int) (Math.random() * 5_000));
    private static final AtomicInteger ULN_SEQUENCE = new AtomicInteger((int) (Math.random() * 500_000_000));
    private static final AtomicInteger UKPRNS = new AtomicInteger(10_000_000 + (int) (Math.random() * 80_000_000));

    @LocalServerPort
    protected int port;

    @Autowired
    protected JsonMapper json;

    protected Api admin;
    protected Api api;
    protected String epaoId;
    protected String ukprn;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.jdbcUrl("epa_platform"));
        registry.add("spring.datasource.username", () -> TestDatabase.server().username());
        registry.add("spring.datasource.password", () -> TestDatabase.server().password());
        registry.add("epa-platform.admin-token", () -> ADMIN_TOKEN);
        registry.add("epa-platform.data-dir", () -> Path.of("target", "test-data").toAbsolutePath().toString());
    }

    @BeforeEach
    void newOrganisation() {
        admin = new Api(port, ADMIN_TOKEN, json).acceptingPages();
        epaoId = newOrganisation("Assessments " + EPAO_NUMBERS.get());
        ukprn = nextUkprn();
        api = connect(epaoId, ukprn);
    }

    /** Creates an organisation with a fresh EPAO ID and gives the ID. */
    protected String newOrganisation(String name) {
        String id = "EPA%04d".formatted(EPAO_NUMBERS.incrementAndGet() % 10_000);
        admin.post("/admin/organisations", Map.of("epaoId", id, "name", name)).expect(201);
        return id;
    }

    /** A new connection of the provider {@code providerUkprn} to the organisation, as its client. */
    protected Api connect(String organisation, String providerUkprn) {
        Map<String, Object> connection = admin.post("/admin/organisations/" + organisation + "/connections",
                Map.of("providerUkprn", providerUkprn)).expect(201).body();
        return new Api(port, (String) connection.get("apiToken"), json).acceptingPages();
    }

    protected static String nextUkprn() {
        return Integer.toString(UKPRNS.incrementAndGet());
    }

    /** A registration body that the platform accepts, for the given ULN. */
    protected static Map<String, Object> registration(String uln) {
        Map<String, Object> body = new HashMap<>(learner(uln, "Ada"));
        body.put("employer", employer("Acme Engineering Ltd", "SW1A 1AA"));
        body.put("employerContact", contact("Grace", "Hopper"));
        body.put("tutor", contact("Alan", "Turing"));
        body.put("programme", programme("ST0116", "2025-09-01", "2027-03-31"));
        return body;
    }

    protected static Map<String, Object> learner(String uln, String givenNames) {
        return Map.of("uln", uln, "givenNames", givenNames, "familyName", "Lovelace", "dateOfBirth", "2004-12-10",
                "sex", "F", "ethnicity", 31, "email", "ada@example.com");
    }

    protected static Map<String, Object> employer(String name, String postcode) {
        return Map.of("name", name, "address", Map.of("line1", "1 High Street", "town", "London", "postcode", postcode));
    }

    protected static Map<String, Object> contact(String givenName, String familyName) {
        return Map.of("givenName", givenName, "familyName", familyName,
                "email", givenName.toLowerCase() + "@example.com", "phone", "01632 960001");
    }

    protected static Map<String, Object> programme(String reference, String startDate, String plannedEndDate) {
        return Map.of("standardCode", 2, "standardReference", reference, "standardVersion", "1.0",
                "startDate", startDate, "plannedEndDate", plannedEndDate);
    }

    /** Valid ULNs (ESFA's check digit rule), different for every call in this JVM. */
    protected static String nextUln() {
        while (true) {
            String digits = Long.toString(100_000_000L + ULN_SEQUENCE.incrementAndGet());
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int remainder = sum % 11;
            if (remainder != 0 && 10 - remainder <= 9) {
                return digits + (10 - remainder);
            }
        }
    }

    /** Registers an apprentice through {@code client} and gives its record. */
    protected static Map<String, Object> register(Api client, String uln) {
        return client.write("POST", "/api/v1/apprentices", registration(uln)).expect(201).body();
    }

    /** A JSON object read as a map, to assert on its entries. */
    @SuppressWarnings("unchecked")
    protected static Map<String, Object> object(Object json) {
        return (Map<String, Object>) json;
    }

    /** The organisation's apprentices with this ULN, as the operator sees them. */
    protected List<Map<String, Object>> atOrganisation(String organisation, String uln) {
        return admin.get("/admin/organisations/" + organisation + "/apprentices?uln=" + uln).expect(200).items();
    }
}
