package uk.learnersync.epaplatform.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The pages as a browser without scripts uses them, over real HTTP: signed in with HTTP Basic,
 * keeping cookies, and posting forms with the CSRF token of the page they are on.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String authorization;
    private Page current;

    public Browser(int port, String user, String password) {
        this.baseUrl = "http://localhost:" + port;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A page as received: its status, its HTML and, after a form, where it redirected. */
    public record Page(String request, int status, String html, String location) {

        public Page expect(int expected) {
            assertThat(status).as("%s answered %s", request, html).isEqualTo(expected);
            return this;
        }

        /** The text of the page without its tags, spaces collapsed, to check what a person reads. */
        public String text() {
            return html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("<[^>]+>", " ")
                    .replace("&#39;", "'").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replaceAll("\\s+", " ");
        }
    }

    public Page open(String path) {
        current = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), "GET " + path);
        return current;
    }

    /** Posts a form of the current page, with that page's CSRF token. */
    public Page submit(String action, Map<String, String> fields) {
        Matcher token = CSRF.matcher(current.html());
        assertThat(token.find()).as("the page has a CSRF token").isTrue();
        return post(action, fields, token.group(1));
    }

    /** Posts a form without a CSRF token, as a forged cross-site form would. */
    public Page submitWithoutToken(String action, Map<String, String> fields) {
        return post(action, fields, null);
    }

    private Page post(String action, Map<String, String> fields, String token) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        if (token != null) {
            body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + encode(token);
        }
        Page answer = send(HttpRequest.newBuilder(URI.create(baseUrl + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), "POST " + action);
        if (answer.location() == null) {
            current = answer;
        }
        return answer;
    }

    private Page send(HttpRequest.Builder request, String description) {
        request.header("Accept", "text/html").timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(description, response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(description + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
