package uk.learnersync.provider.epapro;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.credentials.ConnectionCredentials;
import uk.learnersync.provider.epa.credentials.Credentials;
import uk.learnersync.provider.epapro.PlatformClient.Answer;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.validation.NotFoundException;

/**
 * Tests a connection with a read that changes nothing: an apprentice the platform cannot have, asked
 * for with the connection's token. The EPA platform API answers 404 once it accepts the token, and 401
 * when it does not. Short timeouts keep a page from waiting on a platform that does not answer. The
 * token stays in this module: the caller names the connection and gets words back.
 */
@Component
public class ConnectionCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String NO_APPRENTICE = new UUID(0, 0).toString();

    private final ConnectionCredentials credentials;
    private final PlatformClient platform = new PlatformClient(HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build(), TIMEOUT);

    ConnectionCheck(ConnectionCredentials credentials) {
        this.credentials = credentials;
    }

    /** What the test found, in words for the administrator; never the token. */
    public record Result(boolean connected, String message) {
    }

    /** {@code NotFoundException} for a connection that is not the provider's (or no longer live). */
    public Result check(ProviderId providerId, EpaConnectionId id) {
        Credentials current = credentials.credentials(providerId, id)
                .orElseThrow(() -> new NotFoundException("EPA connection", id.value()));
        String baseUrl = PlatformClient.withoutTrailingSlash(current.baseUrl());
        int status;
        try {
            status = platform.get(current, "/api/v1/apprentices/" + NO_APPRENTICE).status();
        } catch (IllegalArgumentException e) {
            return new Result(false, "The platform address " + baseUrl + " is not a usable URL");
        } catch (RestClientException e) {
            return new Result(false, Thread.currentThread().isInterrupted()
                    ? "The test was interrupted before the platform answered"
                    : "The platform at " + baseUrl + " could not be reached within " + TIMEOUT.toSeconds() + " seconds");
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
