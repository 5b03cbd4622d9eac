package uk.learnersync.provider.web.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.learnersync.provider.epa.EpaConnections.Credentials;

/**
 * Tests a connection with a read that changes nothing: an apprentice the platform cannot have, asked
 * for with the connection's token. The EPA platform API answers 404 once it accepts the token, and 401
 * when it does not. Short timeouts keep a page from waiting on a platform that does not answer.
 */
@Component
class PlatformCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String NO_APPRENTICE = new UUID(0, 0).toString();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();

    /** What the test found, in words for the administrator; never the token. */
    record Result(boolean connected, String message) {
    }

    Result check(Credentials credentials) {
        String baseUrl = credentials.baseUrl().replaceAll("/+$", "");
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/apprentices/" + NO_APPRENTICE))
                    .timeout(TIMEOUT).header("Authorization", "Bearer " + credentials.apiToken())
                    .header("Accept", "application/json").GET().build();
        } catch (IllegalArgumentException e) {
            return new Result(false, "The platform address " + baseUrl + " is not a usable URL");
        }
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return new Result(false, "The platform at " + baseUrl + " could not be reached within "
                    + TIMEOUT.toSeconds() + " seconds");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "The test was interrupted before the platform answered");
        }
        return switch (status) {
            case 200, 404 -> new Result(true, "The platform at " + baseUrl + " answered and accepted the token");
            case 401, 403 -> new Result(false, "The platform at " + baseUrl + " refused the token (HTTP " + status
                    + "): ask the EPA organisation for a new one and replace the token here");
            default -> new Result(false, "The platform at " + baseUrl + " answered HTTP " + status
                    + " instead of accepting or refusing the token");
        };
    }
}
