package uk.learnersync.provider.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in session of the pages over plain HTTP, to see exactly what the server answers (status,
 * redirects, headers) where a browser would hide it, and to post what no page would: a form without
 * its CSRF token, or one a READ_ONLY user is not shown.
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    PageSession(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** Signs in through the form (with the token the form carries); the answer is the redirect that follows. */
    HttpResponse<String> signIn(String email, String password) {
        return post("/login", Map.of("username", email, "password", password), true);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** Posts a form; with {@code withCsrfToken}, the token of the sign-in page, as a real form would carry it. */
    HttpResponse<String> post(String path, Map<String, String> fields, boolean withCsrfToken) {
        Map<String, String> body = new java.util.LinkedHashMap<>(fields);
        if (withCsrfToken) {
            body.put("_csrf", csrfToken());
        }
        String form = body.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The session's CSRF token, as the pages put it in every form. */
    private String csrfToken() {
        Matcher matcher = CSRF.matcher(get("/login").body());
        if (!matcher.find()) {
            throw new IllegalStateException("The sign-in page carries no CSRF token");
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Accept", "text/html").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
