package uk.learnersync.provider.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.json.JsonMapper;

import uk.learnersync.testing.Api;
import uk.learnersync.testing.TestDatabase;

/**
 * Base of the integration tests: the provider service on a random port over the shared test
 * database, driven over real HTTP. Each test class gets a fresh provider of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ProviderServiceTest {

    public static final String ADMIN_TOKEN = "test-admin-token-0123456789";

    private static final AtomicInteger UKPRNS = new AtomicInteger(10_000_000 + (int) (Math.random() * 80_000_000));

    @LocalServerPort
    protected int port;

    @Autowired
    protected JsonMapper json;

    protected Api admin;
    protected Api api;
    protected String providerId;
    protected String ukprn;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.jdbcUrl("learnersync"));
        registry.add("spring.datasource.username", () -> TestDatabase.server().username());
        registry.add("spring.datasource.password", () -> TestDatabase.server().password());
        registry.add("learnersync.admin-token", () -> ADMIN_TOKEN);
        // Short enough for a test to wait for the scheduled read-back (TW-1), long enough to stay quiet.
        registry.add("learnersync.sync.readback-interval", () -> "10s");
    }

    @BeforeEach
    void newProvider() {
        admin = new Api(port, ADMIN_TOKEN, json);
        Map<String, Object> provider = newProviderAccount();
        providerId = (String) provider.get("id");
        ukprn = (String) provider.get("ukprn");
        // A new provider has maker-checker on; most tests request and approve with the provider's one token,
        // as a provider that switched it off does. The tests of maker-checker switch it on again.
        api = approvingItsOwnRequests(new Api(port, (String) provider.get("apiToken"), json));
    }

    /** Switches maker-checker off for the provider, so that its one token may approve what it requested. */
    protected static Api approvingItsOwnRequests(Api provider) {
        provider.put("/api/v1/automations/settings", Map.of("makerChecker", false)).expect(200);
        return provider;
    }

    /** Creates another provider and returns its {@code id}, {@code ukprn} and {@code apiToken}. */
    protected Map<String, Object> newProviderAccount() {
        String nextUkprn = Integer.toString(UKPRNS.incrementAndGet());
        return admin.post("/api/admin/providers", Map.of("ukprn", nextUkprn, "name", "Provider " + nextUkprn))
                .expect(201).body();
    }

    protected Api apiFor(Map<String, Object> provider) {
        return new Api(port, (String) provider.get("apiToken"), json);
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
