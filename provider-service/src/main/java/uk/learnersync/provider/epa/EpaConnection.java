package uk.learnersync.provider.epa;

import java.time.Instant;

import uk.learnersync.provider.shared.ProviderId;

/**
 * A provider's connection to an EPAO's EPA platform; its token is never part of this view.
 *
 * @param state       whether the platform accepts the connection's credentials, as the last delivery found
 * @param stateSince  when it came to be in that state ({@code null} for a connection that never changed state)
 * @param stateDetail the platform's answer that refused the credentials, when it did
 */
public record EpaConnection(EpaConnectionId id, ProviderId providerId, EpaoId epaoId, String baseUrl,
                            ConnectionState state, Instant stateSince, String stateDetail) {

    public boolean refused() {
        return state == ConnectionState.REFUSED;
    }
}
