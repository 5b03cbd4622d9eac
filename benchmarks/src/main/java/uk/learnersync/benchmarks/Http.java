package uk.learnersync.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON client over real HTTP, as any integrator would call the two services. */
final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final String token;

    Http(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    Http as(String otherToken) {
        return new Http(baseUrl, otherToken);
    }

    Map<String, Object> get(String path) {
        return send("GET", path, null, Map.of(), 200);
    }

    Map<String, Object> post(String path, Object body, int expected) {
        return send("POST", path, body, Map.of(), expected);
    }

    Map<String, Object> patch(String path, Object body) {
        return send("PATCH", path, body, Map.of("Content-Type", "application/merge-patch+json"), 200);
    }

    Map<String, Object> put(String path, Object body, String idempotencyKey) {
        return send("PUT", path, body, Map.of("Idempotency-Key", idempotencyKey), 200);
    }

    Map<String, Object> postFile(String path, Path file, String contentType) {
        try {
            return answer(client.send(request(path, Map.of("Content-Type", contentType))
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString()), 201);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("items");
    }

    private Map<String, Object> send(String method, String path, Object body, Map<String, String> headers,
                                     int expected) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        HttpRequest.Builder request = request(path, headers).method(method, publisher);
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        try {
            return answer(client.send(request.build(), HttpResponse.BodyHandlers.ofString()), expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(15))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        headers.forEach(request::header);
        return request;
    }

    private static Map<String, Object> answer(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + " (expected " + expected + "): " + response.body());
        }
        return response.body().isEmpty() ? Map.of() : JSON.readValue(response.body(), MAP);
    }
}
