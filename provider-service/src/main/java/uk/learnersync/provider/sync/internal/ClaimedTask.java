package uk.learnersync.provider.sync.internal;

import java.util.Map;
import java.util.UUID;

import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.plan.RecordId;
import uk.learnersync.provider.sync.policy.SyncAction;

/** A task this worker holds the lease of; {@code attempts} includes the attempt about to be made. */
record ClaimedTask(long id, ProviderId providerId, LearnerId learnerId, RecordId recordId, String ruleId,
                   Channel channel, SyncAction action, Map<String, Object> payload, int attempts, UUID leaseToken) {

    /** The same for every attempt of this task, so that the platform applies it once. */
    String idempotencyKey() {
        return "learnersync-" + providerId + "-" + id;
    }
}
