package uk.learnersync.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import uk.learnersync.epaplatform.EpaPlatformApplication;
import uk.learnersync.provider.LearnerSyncApplication;
import uk.learnersync.support.EmbeddedPostgresServer;

/**
 * Both services in this JVM on one embedded PostgreSQL (each in its own database), started as the
 * tests start them: the platform once, the provider service once per configuration under test (and a
 * second instance of it beside the first, over the same database, for the scale-out figure).
 */
final class Services implements AutoCloseable {

    /** Where PostgreSQL keeps its data, which decides what a commit costs. */
    enum Storage {
        /** As {@code bin/learnersync} runs it: fsync, synchronous_commit and full_page_writes on. */
        DURABLE("durable storage as bin/learnersync runs it (fsync, synchronous_commit and full_page_writes on)"),
        /** As the tests run it: zonky's throw-away server, fsync and synchronous_commit off. */
        EPHEMERAL("the tests' throw-away storage (fsync and synchronous_commit off)");

        final String description;

        Storage(String description) {
            this.description = description;
        }
    }

    static final String PROVIDER_ADMIN_TOKEN = "benchmark-provider-admin-token";
    static final String PLATFORM_ADMIN_TOKEN = "benchmark-platform-admin-token";
    /** The provider-side database; Spring Modulith's registry gets a database of its own. */
    static final String PROVIDER_DATABASE = "learnersync";
    static final String PLATFORM_DATABASE = "epa_platform";

    /** Spring Modulith is on this module's classpath for the peer only: neither service may pick it up. */
    private static final String MODULITH_EVENTS = String.join(",",
            "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
            "org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
            "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration");

    final Storage storage;
    final EmbeddedPostgresServer postgres;
    final Sql providerDb;
    final Sql platformDb;
    private final Path dataDir;
    private final ConfigurableApplicationContext platform;
    final String platformUrl;
    private ConfigurableApplicationContext provider;
    private ConfigurableApplicationContext secondProvider;
    private String providerUrl;
    private final Map<String, Http> clients = new ConcurrentHashMap<>();

    Services(Storage storage) throws Exception {
        this.storage = storage;
        dataDir = Files.createTempDirectory("learnersync-benchmarks");
        postgres = storage == Storage.DURABLE
                ? EmbeddedPostgresServer.durable(dataDir.resolve("postgres"))
                : EmbeddedPostgresServer.ephemeral();
        postgres.ensureDatabase(PROVIDER_DATABASE);
        postgres.ensureDatabase(PLATFORM_DATABASE);
        providerDb = new Sql(postgres, PROVIDER_DATABASE);
        platformDb = new Sql(postgres, PLATFORM_DATABASE);
        platform = EpaPlatformApplication.builder(Map.of(
                        "server.port", "0",
                        "spring.datasource.url", postgres.jdbcUrl(PLATFORM_DATABASE),
                        "spring.datasource.username", postgres.username(),
                        "spring.datasource.password", postgres.password(),
                        "epa-platform.admin-token", PLATFORM_ADMIN_TOKEN,
                        "epa-platform.data-dir", dataDir.resolve("epa-platform").toString(),
                        "spring.autoconfigure.exclude", MODULITH_EVENTS,
                        "logging.level.root", "WARN"))
                .registerShutdownHook(false)
                .run();
        platformUrl = "http://localhost:" + ((WebServerApplicationContext) platform).getWebServer().getPort();
    }

    /** (Re)starts the provider service with these settings on top of the product's own. */
    ConfigurableApplicationContext startProvider(Map<String, Object> settings, Class<?>... extraSources) {
        stopProvider();
        provider = newProvider(settings, extraSources);
        providerUrl = "http://localhost:" + ((WebServerApplicationContext) provider).getWebServer().getPort();
        return provider;
    }

    /** Starts another instance of the provider service over the same database, with its own workers. */
    void startSecondProvider(Map<String, Object> settings) {
        stopSecondProvider();
        secondProvider = newProvider(settings);
    }

    void stopSecondProvider() {
        if (secondProvider != null) {
            secondProvider.close();
            secondProvider = null;
        }
    }

    private ConfigurableApplicationContext newProvider(Map<String, Object> settings, Class<?>... extraSources) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "server.port", "0",
                "spring.datasource.url", postgres.jdbcUrl(PROVIDER_DATABASE),
                "spring.datasource.username", postgres.username(),
                "spring.datasource.password", postgres.password(),
                "learnersync.admin-token", PROVIDER_ADMIN_TOKEN,
                "learnersync.data-dir", dataDir.resolve("provider").toString(),
                "learnersync.demo-data", "false",
                "spring.autoconfigure.exclude", MODULITH_EVENTS,
                "logging.level.root", "WARN"));
        properties.putAll(settings);
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = LearnerSyncApplication.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        // Above application.yml, as the tests' dynamic properties are: builder properties would sit below it.
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("benchmark", properties));
        return new SpringApplicationBuilder(sources).environment(environment).registerShutdownHook(false).run();
    }

    void stopProvider() {
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }

    Http providerAdmin() {
        return new Http(providerUrl, PROVIDER_ADMIN_TOKEN);
    }

    /** One client (and its kept-alive connections) per provider service and token. */
    Http provider(String token) {
        return clients.computeIfAbsent(providerUrl + " " + token, key -> new Http(providerUrl, token));
    }

    Http platformAdmin() {
        return new Http(platformUrl, PLATFORM_ADMIN_TOKEN);
    }

    Http platform(String token) {
        return new Http(platformUrl, token);
    }

    @Override
    public void close() {
        stopSecondProvider();
        stopProvider();
        platform.close();
        postgres.close();
        // The durable server keeps its data on close: this run's is of no further use.
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
