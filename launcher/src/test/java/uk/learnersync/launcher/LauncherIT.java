package uk.learnersync.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run command's promise, on the packaged jar as {@code bin/learnersync} runs it: both services come
 * up healthy on the embedded PostgreSQL with the demo data synchronised, stop cleanly on SIGTERM, keep
 * their data across restarts, deliver every change in flight at SIGTERM after the restart, and lose no
 * committed change when killed with SIGKILL (NL-1).
 */
class LauncherIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final int CHANGES_BEFORE_SIGTERM = 6;
    private static final int FIRST_EPHEMERAL_PORT = firstEphemeralPort();

    private final Path dataDir = temporaryDirectory();
    private final int providerPort = freePort(-1);
    private final int platformPort = freePort(providerPort);
    private Process process;
    private Path output;

    /** SIGTERM, so that the service stops its PostgreSQL too; a SIGKILL here would leave it running. */
    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void NL_1_theRunCommandServesTheDemoKeepsItsDataAndLosesNothingWhenKilled() throws Exception {
        start();
        String apiToken = matchInOutput("API token \\(shown once\\):\\s+(\\S+)");
        String platformToken = matchInOutput("operator token: (epa_\\S+)\\)");
        awaitSynced(apiToken);
        List<Map<String, Object>> learners = items(get(providerPort, "/api/v1/learners", apiToken));
        assertThat(learners).hasSize(7);
        assertThat(items(get(platformPort, "/admin/organisations/EPA0001/apprentices", platformToken))).hasSize(3);
        assertThat(items(get(platformPort, "/admin/organisations/EPA0005/apprentices", platformToken))).hasSize(2);

        List<String> registered = learners.stream()
                .filter(learner -> ((Map<?, ?>) learner.get("epaRegistration")).get("mode").equals("CONNECTED"))
                .map(learner -> (String) learner.get("id"))
                .toList();
        for (int step = 1; step <= CHANGES_BEFORE_SIGTERM; step++) {
            for (String learner : registered) {
                patch(providerPort, "/api/v1/learners/" + learner, apiToken, "{\"givenNames\":\"" + stepName(step) + "\"}");
            }
        }
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();

        start();
        assertThat(Files.readString(output)).contains("demo data left as it is");
        awaitSynced(apiToken);
        for (String epao : List.of("EPA0001", "EPA0005")) {
            assertThat(items(get(platformPort, "/admin/organisations/" + epao + "/apprentices", platformToken)))
                    .as("changes in flight at SIGTERM arrived after the restart")
                    .allSatisfy(record -> assertThat(record).containsEntry("givenNames", stepName(CHANGES_BEFORE_SIGTERM)));
        }
        assertThat(items(get(providerPort, "/api/v1/learners", apiToken))).hasSize(7);
        String amelia = (String) learners.stream().filter(l -> "Amelia".equals(l.get("givenNames"))).findFirst()
                .orElseThrow().get("id");
        patch(providerPort, "/api/v1/learners/" + amelia, apiToken, "{\"familyName\":\"Hughes-Wright\"}");
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        start();
        awaitSynced(apiToken);
        assertThat(items(get(platformPort, "/admin/organisations/EPA0001/apprentices", platformToken)))
                .anySatisfy(record -> assertThat(record).containsEntry("familyName", "Hughes-Wright"));
    }

    private void start() throws IOException {
        output = Files.createTempFile(dataDir, "learnersync-", ".log");
        // The service's temporary files go where this test's go (under target/), not to the system's.
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-jar", Path.of("target", "learnersync.jar").toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(Map.of(
                "SERVER_PORT", Integer.toString(providerPort),
                "EPA_PLATFORM_PORT", Integer.toString(platformPort),
                "LEARNERSYNC_DATA_DIR", dataDir.toString(),
                "LEARNERSYNC_DEMO_DATA", "true"));
        builder.environment().remove("LEARNERSYNC_ADMIN_TOKEN");
        builder.environment().remove("SPRING_DATASOURCE_URL");
        process = builder.start();
        await("both services healthy; output in " + output).atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    assertThat(process.isAlive()).as("the service is running; its output: %s", output).isTrue();
                    return healthy(providerPort) && healthy(platformPort);
                });
    }

    private void awaitSynced(String apiToken) {
        await("every change delivered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> JSON.readValue(get(providerPort, "/api/v1/sync/status", apiToken),
                                new TypeReference<Map<String, Object>>() { }),
                        status -> ((Number) status.get("pending")).longValue() == 0
                                && ((Number) status.get("retrying")).longValue() == 0
                                && ((Number) status.get("delivered")).longValue() > 0);
    }

    private String matchInOutput(String regex) throws IOException {
        Matcher matcher = Pattern.compile(regex).matcher(Files.readString(output, StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("output contains %s", regex).isTrue();
        return matcher.group(1);
    }

    private static String stepName(int step) {
        return "Sigterm " + (char) ('A' + step);
    }

    private static boolean healthy(int port) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String get(int port, String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s answered %s", path, response.body()).isEqualTo(200);
        return response.body();
    }

    private static void patch(int port, String path, String token, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("PATCH %s answered %s", path, response.body()).isEqualTo(200);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(String body) {
        Map<String, Object> page = JSON.readValue(body, new TypeReference<>() { });
        return (List<Map<String, Object>>) page.get("items");
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("learnersync-launcher-it");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A free port below the range the system hands out for port 0. The service's embedded PostgreSQL asks
     * for port 0 when it starts, after this test has chosen its ports and let them go; a port from the
     * same range could be handed to it in between (it happened: the provider service then found its port
     * taken).
     */
    private static int freePort(int other) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 10_000 + ThreadLocalRandom.current().nextInt(FIRST_EPHEMERAL_PORT - 10_000);
            if (port == other) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // Another process listens there: try another.
            }
        }
        throw new IllegalStateException("No free port found below " + FIRST_EPHEMERAL_PORT);
    }

    /** Linux says where its range starts; elsewhere, the range IANA recommends. */
    private static int firstEphemeralPort() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range"));
            return Math.max(11_000, Integer.parseInt(range.trim().split("\\s+")[0]));
        } catch (IOException | RuntimeException e) {
            return 49_152;
        }
    }
}
