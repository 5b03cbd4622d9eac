package uk.learnersync.provider.sync.internal;

import java.util.UUID;

import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;

/** A claimed fan-out: expanded so far up to the learner {@code expandedTo}. */
record FanOut(long id, ProviderId providerId, LinkType linkType, UUID linkId, String ruleId, Channel channel,
              String actor, UUID expandedTo) {
}
