package uk.learnersync.provider.epa;

import java.util.Optional;

import uk.learnersync.provider.shared.ProviderId;

/** The provider's live connections to EPA platforms, as other modules see them. */
public interface EpaConnections {

    /** The live connection to this EPAO's platform, if the provider has one. */
    Optional<EpaConnection> forEpao(ProviderId providerId, EpaoId epaoId);

    Optional<EpaConnection> find(ProviderId providerId, EpaConnectionId id);

    /** What the connector needs to call the platform: base URL and the decrypted bearer token. */
    Optional<Credentials> credentials(ProviderId providerId, EpaConnectionId id);

    record Credentials(String baseUrl, String apiToken) {

        @Override
        public String toString() {
            return "Credentials[baseUrl=" + baseUrl + ", apiToken=<hidden>]";
        }
    }
}
