package uk.learnersync.provider.support;

import java.util.Map;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import uk.learnersync.epaplatform.EpaPlatformApplication;

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
                            "epa-platform.data-dir", System.getProperty("java.io.tmpdir") + "/learnersync-test-epa-platform"))
                    .registerShutdownHook(false)
                    .run();
            baseUrl = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "test-epa-platform-stop"));
        }
        return baseUrl;
    }
}
