package uk.learnersync.provider.sync;

import java.util.Set;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.policy.SyncPolicy;

/** Each provider's sync policy: the seed's rule table, widened where the provider chose. */
public interface SyncPolicies {

    SyncPolicy policyOf(ProviderId providerId);

    /**
     * Sets the channels the provider adds to a rule (empty: back to the seed's default);
     * {@code InvalidInputException} for a channel the rule cannot take.
     */
    SyncPolicy widen(ProviderId providerId, String ruleId, Set<Channel> addedChannels, ChangeOrigin origin);
}
