package uk.learnersync.provider.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client of a service's JSON API, as an integrator would call it. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Generous: test classes run side by side on two cores, and the first OpenAPI document takes a while. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(2);

    private final String baseUrl;
    private final String token;
    private final JsonMapper json;

    public Api(int port, String token, JsonMapper json) {
        this("http://localhost:" + port, token, json);
    }

    public Api(String baseUrl, String token, JsonMapper json) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.json = json;
    }

    public Api withToken(String otherToken) {
        return new Api(baseUrl, otherToken, json);
    }

    public Response get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, "application/json");
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body, "application/merge-patch+json");
    }

    /** A merge patch made only if the resource still has the entity tag {@code ifMatch} (sent as If-Match). */
    public Response patch(String path, Object body, String ifMatch) {
        return send("PATCH", path, json.writeValueAsString(body), "application/merge-patch+json",
                Map.of("If-Match", ifMatch));
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body, "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    /** Sends a raw body: malformed JSON, XML, anything. */
    public Response sendRaw(String method, String path, String body, String contentType) {
        return send(method, path, body, contentType, Map.of());
    }

    private Response send(String method, String path, String body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(ANSWER_TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(method + " " + path, response, json);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response send(String method, String path, Object body, String contentType) {
        return sendRaw(method, path, body == null ? null : json.writeValueAsString(body), contentType);
    }

    /** An answer, with assertions that say what was asked when they fail. */
    public record Response(String request, HttpResponse<String> raw, JsonMapper json) {

        public int status() {
            return raw.statusCode();
        }

        public Response expect(int status) {
            assertThat(raw.statusCode()).as("%s answered %s", request, raw.body()).isEqualTo(status);
            return this;
        }

        public Map<String, Object> body() {
            return json.readValue(raw.body(), new TypeReference<Map<String, Object>>() { });
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) body().get("items");
        }

        public String text() {
            return raw.body();
        }

        /** The values of a response header, in order; none when it is absent. */
        public List<String> headers(String name) {
            return raw.headers().allValues(name);
        }

        /** The {@code ETag} header, or null. */
        public String etag() {
            return raw.headers().firstValue("ETag").orElse(null);
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        public String id() {
            return (String) body().get("id");
        }

        /** The {@code errors} of a 400 problem, as field → message. */
        @SuppressWarnings("unchecked")
        public Map<String, String> fieldErrors() {
            List<Map<String, String>> errors = (List<Map<String, String>>) body().get("errors");
            assertThat(errors).as("%s answered %s", request, raw.body()).isNotNull();
            java.util.LinkedHashMap<String, String> byField = new java.util.LinkedHashMap<>();
            errors.forEach(error -> byField.put(error.get("field"), error.get("message")));
            return byField;
        }
    }
}
