package uk.learnersync.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server run from Maven artifacts, configured to keep what it commits.
 *
 * <p>zonky's defaults suit throw-away test databases (fsync off, data deleted on close, its own
 * shutdown hook); the run command needs the opposite, so every one of those is set here explicitly.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts (or restarts) a durable server whose data lives in {@code dataDirectory}. */
    public static EmbeddedPostgresServer durable(Path dataDirectory) {
        return durable(dataDirectory, Map.of());
    }

    /** The same, with more server settings (the benchmarks' profiles load pg_stat_statements). */
    public static EmbeddedPostgresServer durable(Path dataDirectory, Map<String, String> settings) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        stopOrphanedServer(data);
        return start(data, data.resolveSibling(data.getFileName() + "-binaries"), true, settings);
    }

    /** Starts a throw-away server for a test run; its data directory is deleted on close. */
    public static EmbeddedPostgresServer ephemeral() {
        try {
            Path root = Files.createTempDirectory("learnersync-test-pg");
            return start(root.resolve("data"), root.resolve("binaries"), false, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedPostgresServer start(Path data, Path binaries, boolean durable,
                                                Map<String, String> settings) {
        try {
            Files.createDirectories(data.getParent());
            Files.createDirectories(binaries);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(!durable)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPort(0)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // TCP only: a Unix socket in the temp directory goes stale after a crash.
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("max_connections", "200")
                    // The outbox is a queue table: let autovacuum look at it every few seconds, not every minute.
                    .setServerConfig("autovacuum_naptime", "5s");
            if (durable) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            settings.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {}", postgres.getPort(), data);
            return new EmbeddedPostgresServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + data, e);
        }
    }

    /**
     * A JVM killed with SIGKILL leaves its PostgreSQL running (pg_ctl daemonises it), holding the
     * data directory's lock file; stop that orphan so that this start does not time out.
     */
    private static void stopOrphanedServer(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty()) {
                return;
            }
            long pid = Long.parseLong(lines.get(0).trim());
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isEmpty() || !isPostgresFor(process.get(), data)) {
                return;
            }
            log.warn("Stopping PostgreSQL process {} left running on {} by an earlier crash", pid, data);
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (process.get().isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } catch (IOException | NumberFormatException e) {
            log.warn("Could not inspect {}: {}", pidFile, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isPostgresFor(ProcessHandle process, Path data) {
        String commandLine = process.info().commandLine().orElse("");
        return commandLine.contains("postgres") && commandLine.contains(data.toString());
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    /** Creates the database if it does not exist yet; several services can share one server. */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet existing = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (existing.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
