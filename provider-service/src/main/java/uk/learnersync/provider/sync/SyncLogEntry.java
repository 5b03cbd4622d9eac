package uk.learnersync.provider.sync;

import java.time.Instant;

import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.sync.policy.SyncAction;

/**
 * One entry of a learner's sync log (AU-1): the rule that decided, the channel of the change, what was
 * to be sent to which record, and how it went.
 *
 * @param recordId     the learner's platform record it is for; {@code null} when the learner had none
 * @param connectionId the connection of that record
 * @param epaoId       the EPAO of that record, or of the manual registration the rule speaks of
 * @param reason       why nothing was sent: the rule's reason, the platform's stated refusal, or the
 *                     reason a person gave for skipping it
 * @param skippedBy    who skipped a blocked entry (CV-3)
 */
public record SyncLogEntry(long id, LearnerId learnerId, String ruleId, Channel channel, SyncAction action,
                           TaskStatus status, int attempts, Instant createdAt, Instant deliveredAt, String lastError,
                           String lastRequest, String lastResponse, String actor, String recordId,
                           String connectionId, String epaoId, Long coalescedInto, String payload, String reason,
                           String skippedBy) {
}
