package uk.learnersync.provider.epa;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/** A provider connected to an EPAO's platform; published inside the transaction that stored it. */
public record EpaConnectionAdded(ProviderId providerId, EpaConnectionId connectionId, EpaoId epaoId,
                                 ChangeOrigin origin) {
}
