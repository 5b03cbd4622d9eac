package uk.learnersync.epaplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.testing.Api;
import uk.learnersync.testing.TestDatabase;

/**
 * The platform inside another service's database, in a schema of its own, started the way the
 * provider service's launcher starts it.
 */
class SchemaModeTest {

    @Test
    void migratesAndServesItsOwnSchemaOfASharedDatabase() throws SQLException {
        String url = TestDatabase.jdbcUrl("shared_with_provider");
        try (ConfigurableApplicationContext platform = EpaPlatformApplication.start(Map.of(
                "spring.datasource.url", url + "?currentSchema=epa_platform",
                "spring.datasource.username", TestDatabase.server().username(),
                "spring.datasource.password", TestDatabase.server().password(),
                "spring.flyway.schemas", "epa_platform",
                "spring.flyway.default-schema", "epa_platform",
                "server.port", "0",
                "epa-platform.admin-token", "schema-mode-admin-token",
                "epa-platform.data-dir", "target/schema-mode-data"))) {
            int port = Integer.parseInt(platform.getEnvironment().getProperty("local.server.port"));
            Api admin = new Api(port, "schema-mode-admin-token", platform.getBean(JsonMapper.class)).acceptingPages();

            admin.post("/admin/organisations", Map.of("epaoId", "EPA0042", "name", "Schema Mode")).expect(201);
            admin.post("/admin/organisations/EPA0042/connections", Map.of("providerUkprn", "10000042")).expect(201);

            assertThat(tablesIn(url, "epa_platform")).isGreaterThanOrEqualTo(7);
            assertThat(tablesIn(url, "public")).isZero();
            assertThat(platform.getEnvironment().getProperty("spring.application.name")).isEqualTo("epa-platform");
        }
    }

    private static int tablesIn(String url, String schema) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, TestDatabase.server().username(),
                TestDatabase.server().password());
             ResultSet rs = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = '" + schema + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
