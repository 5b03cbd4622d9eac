package uk.learnersync.provider.sync.internal;

import uk.learnersync.provider.sync.TaskStatus;
import java.util.Map;

import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.policy.SyncAction;

/**
 * A task to write to the outbox.
 *
 * @param connectionId the connection to tell; {@code null} means the learner's connection at send time
 */
record NewTask(ProviderId providerId, LearnerId learnerId, EpaConnectionId connectionId, String ruleId, Channel channel,
               SyncAction action, String actor, Map<String, Object> payload, TaskStatus status, Long fanOutId) {
}
