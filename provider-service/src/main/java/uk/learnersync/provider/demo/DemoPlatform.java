package uk.learnersync.provider.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The EPA platform's operator API, as an EPAO's administrator uses it to let a provider connect. */
final class DemoPlatform {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final DemoProperties properties;
    private final JsonMapper json;

    DemoPlatform(DemoProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
    }

    /** Creates the organisation if needed and a connection for the provider; returns the connection's token. */
    String connectionTokenFor(String epaoId, String epaoName, String providerUkprn) {
        post("/admin/organisations", Map.of("epaoId", epaoId, "name", epaoName));
        return post("/admin/organisations/" + epaoId + "/connections", Map.of("providerUkprn", providerUkprn))
                .get("apiToken").asString();
    }

    private JsonNode post(String path, Map<String, Object> body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(properties.epaPlatformUrl() + path))
                .header("Authorization", "Bearer " + properties.epaPlatformAdminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2 && response.statusCode() != 409) {
                throw new IllegalStateException("The EPA platform refused " + path + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("The EPA platform at " + properties.epaPlatformUrl() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
