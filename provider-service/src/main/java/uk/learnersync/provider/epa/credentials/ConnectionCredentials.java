package uk.learnersync.provider.epa.credentials;

import java.util.Optional;

import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.shared.ProviderId;

/** Reads a live connection's credentials, decrypting its token, each time they are asked for. */
public interface ConnectionCredentials {

    /** Empty for a connection that is not the provider's or was removed. */
    Optional<Credentials> credentials(ProviderId providerId, EpaConnectionId id);
}
