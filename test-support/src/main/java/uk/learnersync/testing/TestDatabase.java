package uk.learnersync.testing;

import uk.learnersync.support.EmbeddedPostgresServer;

/**
 * One real PostgreSQL for a whole test run of either service, started on first use and stopped when the
 * JVM exits. Tests stay independent by each using a tenant of its own (a provider, an organisation).
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
