package uk.learnersync.provider.epa;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/** A connection's credentials were replaced in place; deliveries waiting on it may go again (CV-2). */
public record EpaConnectionCredentialsReplaced(ProviderId providerId, EpaConnectionId connectionId,
                                               ChangeOrigin origin) {
}
