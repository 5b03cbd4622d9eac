package uk.learnersync.epaplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.testing.Api;

/** The stand-alone platform on its own durable embedded PostgreSQL keeps what it accepted across a restart. */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsRecordsAndTheGeneratedOperatorTokenAcrossARestart() throws Exception {
        Map<String, Object> properties = Map.of("server.port", "0", "epa-platform.data-dir", dataDir.toString(),
                "epa-platform.admin-token", "");
        String apprenticePath;
        String connectionToken;
        String adminToken;
        try (ConfigurableApplicationContext platform = EpaPlatformApplication.start(properties)) {
            adminToken = Files.readString(dataDir.resolve("admin-token")).strip();
            Api admin = client(platform, adminToken);
            admin.post("/admin/organisations", Map.of("epaoId", "EPA0007", "name", "Durable")).expect(201);
            connectionToken = (String) admin.post("/admin/organisations/EPA0007/connections",
                    Map.of("providerUkprn", "10000007")).expect(201).body().get("apiToken");
            Map<String, Object> registration = new HashMap<>(Map.of("uln", "1000000043", "givenNames", "Ada",
                    "familyName", "Lovelace", "dateOfBirth", "2004-12-10", "sex", "F", "ethnicity", 31));
            registration.put("employer", Map.of("name", "Acme", "address",
                    Map.of("line1", "1 High Street", "town", "London", "postcode", "SW1A 1AA")));
            registration.put("programme", Map.of("standardCode", 2, "standardReference", "ST0116",
                    "standardVersion", "1.0", "startDate", "2025-09-01", "plannedEndDate", "2027-03-31"));
            apprenticePath = "/api/v1/apprentices/" + client(platform, connectionToken)
                    .write("POST", "/api/v1/apprentices", registration).expect(201).body().get("apprenticeId");
        }

        try (ConfigurableApplicationContext platform = EpaPlatformApplication.start(properties)) {
            assertThat(client(platform, connectionToken).get(apprenticePath).expect(200).body())
                    .containsEntry("uln", "1000000043").containsEntry("status", "ON_PROGRAMME");
            client(platform, adminToken).get("/admin/faults").expect(200);
        }
    }

    private static Api client(ConfigurableApplicationContext platform, String token) {
        int port = Integer.parseInt(platform.getEnvironment().getProperty("local.server.port"));
        return new Api(port, token, platform.getBean(JsonMapper.class)).acceptingPages();
    }
}
