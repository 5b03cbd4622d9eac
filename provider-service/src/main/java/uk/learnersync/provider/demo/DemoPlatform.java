package uk.learnersync.provider.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The EPA platform's operator API, as an EPAO's administrator uses it to let a provider connect. */
final class DemoPlatform {

    private final RestClient rest = RestClient.builder()
            .requestFactory(new JdkClientHttpRequestFactory(
                    HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()))
            .build();
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

    /** A 409 is an organisation the platform has already: the demo goes on with it. */
    private JsonNode post(String path, Map<String, Object> body) {
        try {
            String answer = rest.post().uri(URI.create(properties.epaPlatformUrl() + path))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + properties.epaPlatformAdminToken())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsBytes(body))
                    .exchange((request, response) -> {
                        String text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                        if (!response.getStatusCode().is2xxSuccessful() && response.getStatusCode().value() != 409) {
                            throw new IllegalStateException("The EPA platform refused " + path + ": " + text);
                        }
                        return text;
                    });
            return json.readTree(answer);
        } catch (ResourceAccessException e) {
            throw new IllegalStateException("The EPA platform at " + properties.epaPlatformUrl() + " did not answer", e);
        }
    }
}
