package uk.learnersync.provider.epapro;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import uk.learnersync.provider.epa.credentials.Credentials;

/**
 * One call to a connection's platform with the connection's bearer token, whatever it answers: the
 * callers classify the status themselves, so no status is turned into an exception here.
 */
final class PlatformClient {

    private final RestClient rest;

    /** @param readTimeout how long a call waits for the answer, after {@code http}'s connect timeout */
    PlatformClient(HttpClient http, Duration readTimeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(readTimeout);
        this.rest = RestClient.builder().requestFactory(requests).build();
    }

    /** The platform's status and body. */
    record Answer(int status, String body) {
    }

    /**
     * @throws RestClientException      when no answer came (refused, reset, timed out)
     * @throws IllegalArgumentException when the connection's address is no usable URL
     */
    Answer get(Credentials credentials, String pathAndQuery) {
        return rest.get().uri(uri(credentials, pathAndQuery))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + credentials.apiToken())
                .accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> answer(response));
    }

    /**
     * Sends {@code json} with an idempotency key, so that a retried call applies once.
     *
     * @throws RestClientException when no answer came (refused, reset, timed out)
     */
    Answer send(Credentials credentials, String method, String path, String json, String idempotencyKey) {
        return rest.method(HttpMethod.valueOf(method)).uri(uri(credentials, path))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + credentials.apiToken())
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(json.getBytes(StandardCharsets.UTF_8))
                .exchange((request, response) -> answer(response));
    }

    /** The base URL as stored, without trailing slashes, then the path: no template is expanded. */
    private static URI uri(Credentials credentials, String path) {
        return URI.create(withoutTrailingSlash(credentials.baseUrl()) + path);
    }

    static String withoutTrailingSlash(String baseUrl) {
        return baseUrl.replaceAll("/+$", "");
    }

    private static Answer answer(ClientHttpResponse response) throws IOException {
        return new Answer(response.getStatusCode().value(),
                new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
    }
}
