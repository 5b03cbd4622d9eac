package uk.learnersync.provider.epa;

import uk.learnersync.provider.shared.ProviderId;

/** A provider's connection to an EPAO's EPA platform; its token is never part of this view. */
public record EpaConnection(EpaConnectionId id, ProviderId providerId, EpaoId epaoId, String baseUrl) {
}
