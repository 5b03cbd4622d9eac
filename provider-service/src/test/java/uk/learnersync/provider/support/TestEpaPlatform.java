package uk.learnersync.provider.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import uk.learnersync.epaplatform.EpaPlatformApplication;
import uk.learnersync.testing.TestDatabase;

/**
 * The real EPA platform, started once per test JVM on a random port in its own database of the shared
 * test PostgreSQL, and reached over real HTTP like any EPAO's platform.
 */
public final class TestEpaPlatform {

    public static final String ADMIN_TOKEN = "test-epa-platform-admin-token";

    private static ConfigurableApplicationContext context;
    private static String baseUrl;

    private TestEpaPlatform() {
    }

    public static synchronized String baseUrl() {
        if (context == null) {
            context = EpaPlatformApplication.builder(Map.of(
                            "server.port", "0",
                            "spring.datasource.url", TestDatabase.jdbcUrl("epa_platform"),
                            "spring.datasource.username", TestDatabase.server().username(),
                            "spring.datasource.password", TestDatabase.server().password(),
                            "epa-platform.admin-token", ADMIN_TOKEN,
                            "epa-platform.data-dir", temporaryDirectory().toString()))
                    .registerShutdownHook(false)
                    .run();
            baseUrl = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "test-epa-platform-stop"));
        }
        return baseUrl;
    }

    /** This JVM's own: test JVMs running side by side must not share the platform's data directory. */
    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("learnersync-test-epa-platform");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
