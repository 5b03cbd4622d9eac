package uk.learnersync.provider.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.learnersync.provider.support.EndToEndTest;
import uk.learnersync.provider.support.SyncScenario;
import uk.learnersync.provider.support.TestEpaPlatform;
import uk.learnersync.testing.Api;

/**
 * Secrets at rest and in the logs: no stored value holds a password, an API token or an EPA
 * connection token in plain text, and nothing the services log holds a token or a full ULN, even
 * while deliveries fail and block.
 */
// Alone: it reads the whole process's output, which other test classes would be writing to at the same time.
@Isolated
@ExtendWith(OutputCaptureExtension.class)
class SecretsTest extends EndToEndTest {

    private static final String EPAO = "EPA0009";
    private static final String PASSWORD = "correct horse battery staple 42";

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void platformBackToNormal() {
        scenario.fault("NONE");
    }

    @Test
    void noTableHoldsAPasswordAnApiTokenOrAConnectionTokenInPlainText() {
        Map<String, Object> provider = newProviderAccount();
        String apiToken = (String) provider.get("apiToken");
        admin.post("/api/admin/providers/" + provider.get("id") + "/users", Map.of("email", unique("dora") + "@provider.test",
                "name", "Dora Data", "password", PASSWORD, "roles", List.of("ADMIN"))).expect(201);
        String connectionToken = connect(apiFor(provider), (String) provider.get("ukprn"));

        for (String secret : List.of(apiToken, connectionToken, PASSWORD)) {
            assertThat(tablesContaining(secret)).as("tables holding a secret in plain text").isEmpty();
        }
        assertThat(jdbc.sql("SELECT password_hash FROM staff_users WHERE provider_id = CAST(? AS uuid)")
                .param(provider.get("id")).query(String.class).single()).as("bcrypt").startsWith("{bcrypt}$2");
        assertThat(jdbc.sql("SELECT count(*) FROM provider_api_tokens WHERE token_hash = encode(sha256(CAST(? AS bytea)), 'hex')")
                .param(apiToken).query(Long.class).single()).as("the API token stored as its SHA-256").isEqualTo(1);
    }

    @Test
    void theLogsHoldNoTokenAndNoFullUlnWhileDeliveriesSucceedFailAndBlock(CapturedOutput output) {
        Map<String, Object> provider = newProviderAccount();
        String apiToken = (String) provider.get("apiToken");
        api = apiFor(provider);
        scenario = new SyncScenario(api, platformAdmin, (String) provider.get("ukprn"));
        String connectionToken = connect(api, (String) provider.get("ukprn"));
        Map<String, String> employer = scenario.employer("Quiet Ltd", "LS7 3AA");
        String programme = scenario.programme(EPAO);
        String learner = scenario.learner(programme, Map.of("employerId", employer.get("id"),
                "employerAddressId", employer.get("addressId")));
        String uln = (String) api.get("/api/v1/learners/" + learner).expect(200).body().get("uln");
        scenario.register(learner);
        scenario.awaitSynced();
        scenario.fault("ERRORS", Map.of("errorRate", 1.0));
        api.patch("/api/v1/learners/" + learner, Map.of("familyName", "Byron")).expect(200);
        scenario.awaitStatusAtLeast("retrying", 1);
        scenario.fault("REJECT");
        scenario.awaitStatusAtLeast("blocked", 1);
        api.get("/api/v1/learners?uln=" + uln).expect(200);
        api.post("/api/v1/learners", Map.of("uln", uln, "givenNames", "Ada")).expect(400);

        String logged = output.getAll();
        assertThat(logged).as("the blocked task is logged").contains("is blocked");
        assertThat(logged).doesNotContain(apiToken).doesNotContain(connectionToken).doesNotContain(ADMIN_TOKEN)
                .doesNotContain(TestEpaPlatform.ADMIN_TOKEN).doesNotContain(uln);
    }

    /** Connects the provider to the test platform; returns the connection token the platform issued. */
    private String connect(Api client, String providerUkprn) {
        int status = platformAdmin.post("/admin/organisations", Map.of("epaoId", EPAO, "name", "Assessor " + EPAO)).status();
        assertThat(status).isIn(200, 201);
        String token = (String) platformAdmin.post("/admin/organisations/" + EPAO + "/connections",
                Map.of("providerUkprn", providerUkprn)).expect(201).body().get("apiToken");
        client.post("/api/v1/epa-connections", Map.of("epaoId", EPAO, "baseUrl", TestEpaPlatform.baseUrl(),
                "apiToken", token)).expect(201);
        return token;
    }

    private List<String> tablesContaining(String secret) {
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
                .query(String.class).list();
        return tables.stream()
                .filter(table -> jdbc.sql("SELECT count(*) FROM \"" + table + "\" t WHERE position(? IN t::text) > 0")
                        .param(secret).query(Long.class).single() > 0)
                .toList();
    }
}
