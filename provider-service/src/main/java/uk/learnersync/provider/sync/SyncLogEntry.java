package uk.learnersync.provider.sync;

import java.time.Instant;

import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.sync.policy.SyncAction;

public record SyncLogEntry(long id, LearnerId learnerId, String ruleId, Channel channel, SyncAction action, TaskStatus status,
                    int attempts, Instant createdAt, Instant deliveredAt, String lastError, String lastRequest,
                    String lastResponse, String actor, String connectionId, Long coalescedInto, String payload) {
}
