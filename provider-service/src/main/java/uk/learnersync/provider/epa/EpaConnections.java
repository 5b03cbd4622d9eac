package uk.learnersync.provider.epa;

import java.util.List;
import java.util.Optional;

import uk.learnersync.provider.shared.ProviderId;

/** The provider's live connections to EPA platforms, as other modules see them. */
public interface EpaConnections {

    /** The live connection to this EPAO's platform, if the provider has one. */
    Optional<EpaConnection> forEpao(ProviderId providerId, EpaoId epaoId);

    Optional<EpaConnection> find(ProviderId providerId, EpaConnectionId id);

    /** The provider's live connections. */
    List<EpaConnection> of(ProviderId providerId);

    /** Every provider's live connections, for the work that visits each platform in turn (read-back). */
    List<EpaConnection> allLive();

    /** The platform refused the connection's credentials (401/403): the connection shows REFUSED until they work. */
    void markRefused(ProviderId providerId, EpaConnectionId id, String detail);

    /** The platform accepted the connection's credentials again. */
    void markAccepted(ProviderId providerId, EpaConnectionId id);
}
