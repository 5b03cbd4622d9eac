package uk.learnersync.epaplatform.support;

import uk.learnersync.support.EmbeddedPostgresServer;

/**
 * One real PostgreSQL for the whole test run, started on first use and stopped when the JVM exits.
 * Tests stay independent by each using an organisation of its own.
 */
public final class TestDatabase {

    private static EmbeddedPostgresServer server;

    private TestDatabase() {
    }

    public static synchronized EmbeddedPostgresServer server() {
        if (server == null) {
            server = EmbeddedPostgresServer.ephemeral();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-stop"));
        }
        return server;
    }

    public static String jdbcUrl(String database) {
        server().ensureDatabase(database);
        return server().jdbcUrl(database);
    }
}
