package uk.learnersync.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import uk.learnersync.epaplatform.EpaPlatformApplication;
import uk.learnersync.provider.LearnerSyncApplication;
import uk.learnersync.service.OperatorToken;
import uk.learnersync.support.EmbeddedPostgresServer;

/**
 * What {@code bin/learnersync} runs ({@code launcher/target/learnersync.jar}): the database (embedded
 * unless {@code SPRING_DATASOURCE_URL} is set), the EPA platform beside the provider service (unless
 * {@code LEARNERSYNC_EMBEDDED_EPA_PLATFORM=false}), then the provider service. On SIGTERM they stop in
 * the reverse order: the provider service first, so that its in-flight deliveries finish against a
 * platform and a database that are still there.
 */
public final class LearnerSyncLauncher {

    private static final String PROVIDER_DATABASE = "learnersync";
    private static final String PLATFORM_DATABASE = "epa_platform";

    private LearnerSyncLauncher() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(env("LEARNERSYNC_DATA_DIR", "./data")).toAbsolutePath().normalize();
        String externalUrl = env("SPRING_DATASOURCE_URL", "");
        boolean platformBeside = !"false".equalsIgnoreCase(env("LEARNERSYNC_EMBEDDED_EPA_PLATFORM", "true"));

        EmbeddedPostgresServer database = null;
        Map<String, Object> provider = new HashMap<>();
        Map<String, Object> platform = new HashMap<>();
        if (externalUrl.isBlank()) {
            database = EmbeddedPostgresServer.durable(dataDir.resolve("postgres"));
            database.ensureDatabase(PROVIDER_DATABASE);
            database.ensureDatabase(PLATFORM_DATABASE);
            provider.putAll(dataSource(database.jdbcUrl(PROVIDER_DATABASE), database.username(), database.password()));
            platform.putAll(dataSource(database.jdbcUrl(PLATFORM_DATABASE), database.username(), database.password()));
        } else {
            // One external database: the platform keeps to its own schema in it.
            String separator = externalUrl.contains("?") ? "&" : "?";
            platform.putAll(dataSource(externalUrl + separator + "currentSchema=" + PLATFORM_DATABASE,
                    env("SPRING_DATASOURCE_USERNAME", ""), env("SPRING_DATASOURCE_PASSWORD", "")));
            platform.put("spring.flyway.schemas", PLATFORM_DATABASE);
            platform.put("spring.flyway.default-schema", PLATFORM_DATABASE);
        }

        ConfigurableApplicationContext platformContext = null;
        ConfigurableApplicationContext providerContext = null;
        try {
            if (platformBeside) {
                // Read here, from where the platform keeps it, since the demo needs it before the provider starts.
                String platformToken = OperatorToken.of(env("EPA_PLATFORM_ADMIN_TOKEN", ""),
                        dataDir.resolve("epa-platform").resolve("admin-token"), "epa_").value();
                platform.put("epa-platform.data-dir", dataDir.resolve("epa-platform").toString());
                platform.put("epa-platform.admin-token", platformToken);
                platformContext = EpaPlatformApplication.builder(platform).registerShutdownHook(false).run(args);
                int platformPort = ((WebServerApplicationContext) platformContext).getWebServer().getPort();
                provider.put("learnersync.demo.epa-platform-url", "http://localhost:" + platformPort);
                provider.put("learnersync.demo.epa-platform-admin-token", platformToken);
                System.out.printf("%nEPA platform is ready on http://localhost:%d/ (operator token: %s)%n",
                        platformPort, platformToken);
            }
            providerContext = new SpringApplicationBuilder(LearnerSyncApplication.class)
                    .properties(provider)
                    .registerShutdownHook(false)
                    .run(args);
        } catch (RuntimeException e) {
            closeAll(providerContext, platformContext, database);
            throw e;
        }
        ConfigurableApplicationContext providerToClose = providerContext;
        ConfigurableApplicationContext platformToClose = platformContext;
        EmbeddedPostgresServer databaseToClose = database;
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> closeAll(providerToClose, platformToClose, databaseToClose), "learnersync-shutdown"));
    }

    private static void closeAll(ConfigurableApplicationContext provider, ConfigurableApplicationContext platform,
                                 EmbeddedPostgresServer database) {
        if (provider != null) {
            provider.close();
        }
        if (platform != null) {
            platform.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private static Map<String, Object> dataSource(String url, String username, String password) {
        return Map.of("spring.datasource.url", url, "spring.datasource.username", username,
                "spring.datasource.password", password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
