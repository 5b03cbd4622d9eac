package uk.learnersync.provider.epa;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/** A connection was removed; published inside the transaction, so nothing more is sent through it. */
public record EpaConnectionRemoved(ProviderId providerId, EpaConnectionId connectionId, EpaoId epaoId,
                                   ChangeOrigin origin) {
}
