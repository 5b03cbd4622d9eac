package uk.learnersync.provider.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.ProviderServiceTest;

class SyncMetricsTest extends ProviderServiceTest {

    @Test
    void operatorsCanWatchTheBacklogBlockedTasksTheirAgeAndTheAttempts() throws Exception {
        HttpResponse<String> scrape = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("learnersync_sync_backlog", "learnersync_sync_blocked",
                "learnersync_sync_fanouts_open", "learnersync_sync_oldest_pending_age_seconds",
                "learnersync_sync_attempts_total");
    }
}
