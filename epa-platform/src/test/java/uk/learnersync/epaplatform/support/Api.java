package uk.learnersync.epaplatform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client of the platform's JSON API, as a connector or an operator would call it. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String authorization;
    private final JsonMapper json;

    public Api(int port, String token, JsonMapper json) {
        this("http://localhost:" + port, token == null ? null : "Bearer " + token, json);
    }

    private Api(String baseUrl, String authorization, JsonMapper json) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.json = json;
    }

    public Api withToken(String otherToken) {
        return new Api(baseUrl, otherToken == null ? null : "Bearer " + otherToken, json);
    }

    /** The same client signing in with HTTP Basic instead, as a browser does on the pages. */
    public Api withBasic(String user, String password) {
        String encoded = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(baseUrl, "Basic " + encoded, json);
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    /** An operator call (no idempotency key). */
    public Response post(String path, Object body) {
        return send("POST", path, json.writeValueAsString(body), null);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, json.writeValueAsString(body), null);
    }

    /** A provider-facing write with a fresh idempotency key. */
    public Response write(String method, String path, Object body) {
        return write(method, path, body, UUID.randomUUID().toString());
    }

    public Response write(String method, String path, Object body, String idempotencyKey) {
        return send(method, path, json.writeValueAsString(body), idempotencyKey);
    }

    /** Sends a raw body (malformed JSON, JSON null, anything), with the key when it is not null. */
    public Response send(String method, String path, String body, String idempotencyKey) {
        return send(method, path, body, idempotencyKey, "application/json");
    }

    public Response send(String method, String path, String body, String idempotencyKey, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json, text/html")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return new Response(method + " " + path, HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()), json);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        /** The {@code errors} of a 400 problem, as field → message. */
        @SuppressWarnings("unchecked")
        public Map<String, String> fieldErrors() {
            List<Map<String, String>> errors = (List<Map<String, String>>) body().get("errors");
            assertThat(errors).as("%s answered %s", request, raw.body()).isNotNull();
            Map<String, String> byField = new LinkedHashMap<>();
            errors.forEach(error -> byField.put(error.get("field"), error.get("message")));
            return byField;
        }
    }
}
