package uk.learnersync.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's JSON API called over real HTTP, as an integrator, a connector or an operator would call
 * it, with assertions that say what was asked when they fail. Both services' tests use it.
 */
public final class Api {

    private static final String JSON = "application/json, application/problem+json";
    /** Generous: test classes run side by side on two cores, and the first OpenAPI document takes a while. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(2);

    private final RestTestClient client;
    private final String baseUrl;
    private final String authorization;
    private final String accept;
    private final JsonMapper json;

    public Api(int port, String token, JsonMapper json) {
        this("http://localhost:" + port, token, json);
    }

    public Api(String baseUrl, String token, JsonMapper json) {
        this(baseUrl, bearer(token), JSON, json);
    }

    private Api(String baseUrl, String authorization, String accept, JsonMapper json) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(ANSWER_TIMEOUT);
        this.client = RestTestClient.bindToServer(requests).build();
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.accept = accept;
        this.json = json;
    }

    public Api withToken(String otherToken) {
        return new Api(baseUrl, bearer(otherToken), accept, json);
    }

    /** The same client signing in with HTTP Basic instead, as a browser does on the pages. */
    public Api withBasic(String user, String password) {
        String encoded = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(baseUrl, "Basic " + encoded, accept, json);
    }

    /** The same client accepting HTML pages too, as a browser would. */
    public Api acceptingPages() {
        return new Api(baseUrl, authorization, JSON + ", text/html", json);
    }

    public Response get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    public Response post(String path, Object body) {
        return send("POST", path, asJson(body), "application/json", Map.of());
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, asJson(body), "application/merge-patch+json", Map.of());
    }

    /** A merge patch made only if the resource still has the entity tag {@code ifMatch} (sent as If-Match). */
    public Response patch(String path, Object body, String ifMatch) {
        return send("PATCH", path, json.writeValueAsString(body), "application/merge-patch+json",
                Map.of("If-Match", ifMatch));
    }

    public Response put(String path, Object body) {
        return send("PUT", path, asJson(body), "application/json", Map.of());
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null, Map.of());
    }

    /** A write with a fresh idempotency key, as the EPA platform asks of its connectors. */
    public Response write(String method, String path, Object body) {
        return write(method, path, body, UUID.randomUUID().toString());
    }

    public Response write(String method, String path, Object body, String idempotencyKey) {
        return send(method, path, json.writeValueAsString(body), idempotencyKey);
    }

    /** Sends a raw JSON body (malformed, JSON null, anything), with the idempotency key when it is not null. */
    public Response send(String method, String path, String body, String idempotencyKey) {
        return send(method, path, body, idempotencyKey, "application/json");
    }

    public Response send(String method, String path, String body, String idempotencyKey, String contentType) {
        return send(method, path, body, contentType,
                idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey));
    }

    /** Sends a raw body of any type: malformed JSON, XML, anything. */
    public Response sendRaw(String method, String path, String body, String contentType) {
        return send(method, path, body, contentType, Map.of());
    }

    private Response send(String method, String path, String body, String contentType, Map<String, String> headers) {
        RestTestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(method))
                // As given, already encoded: a template would encode the query again.
                .uri(URI.create(baseUrl + path))
                .header(HttpHeaders.ACCEPT, accept)
                .headers(all -> headers.forEach(all::set));
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (body != null) {
            // Bytes, so that the body goes exactly as given, in UTF-8 whatever its type.
            request.contentType(MediaType.parseMediaType(contentType)).body(body.getBytes(StandardCharsets.UTF_8));
        }
        EntityExchangeResult<byte[]> result = request.exchange().expectBody().returnResult();
        return new Response(method + " " + path, result, json);
    }

    private String asJson(Object body) {
        return body == null ? null : json.writeValueAsString(body);
    }

    private static String bearer(String token) {
        return token == null ? null : "Bearer " + token;
    }

    /** An answer, with assertions that say what was asked when they fail. */
    public record Response(String request, EntityExchangeResult<byte[]> result, JsonMapper json) {

        public int status() {
            return result.getStatus().value();
        }

        public Response expect(int status) {
            assertThat(status()).as("%s answered %s", request, text()).isEqualTo(status);
            return this;
        }

        public Map<String, Object> body() {
            return json.readValue(text(), new TypeReference<Map<String, Object>>() { });
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) body().get("items");
        }

        public String text() {
            byte[] body = result.getResponseBody();
            return body == null ? "" : new String(body, StandardCharsets.UTF_8);
        }

        /** The values of a response header, in order; none when it is absent. */
        public List<String> headers(String name) {
            return Objects.requireNonNullElse(result.getResponseHeaders().get(name), List.of());
        }

        /** The {@code ETag} header, or null. */
        public String etag() {
            return result.getResponseHeaders().getETag();
        }

        public String contentType() {
            return Objects.requireNonNullElse(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_TYPE), "");
        }

        public String id() {
            return (String) body().get("id");
        }

        /** The {@code errors} of a 400 problem, as field → message. */
        @SuppressWarnings("unchecked")
        public Map<String, String> fieldErrors() {
            List<Map<String, String>> errors = (List<Map<String, String>>) body().get("errors");
            assertThat(errors).as("%s answered %s", request, text()).isNotNull();
            Map<String, String> byField = new LinkedHashMap<>();
            errors.forEach(error -> byField.put(error.get("field"), error.get("message")));
            return byField;
        }
    }
}
