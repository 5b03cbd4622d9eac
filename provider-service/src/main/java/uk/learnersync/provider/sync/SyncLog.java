package uk.learnersync.provider.sync;

import java.util.List;
import java.util.Set;

import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/** What the EPA platforms were told about a provider's learners, for the API and the pages (AU-1). */
public interface SyncLog {

    /** The learner's sync log, oldest first. */
    List<SyncLogEntry> entries(ProviderId providerId, LearnerId learnerId);

    /** One task with its attempts; {@code NotFoundException} for another provider's. */
    TaskDetail task(ProviderId providerId, long taskId);

    SyncStatus status(ProviderId providerId);

    /** The provider's learners that have a task in one of these states, e.g. blocked ones. */
    Set<LearnerId> learnersWith(ProviderId providerId, Set<TaskStatus> statuses);

    /** The provider's blocked tasks, oldest first, at most {@code limit}. */
    List<SyncLogEntry> blocked(ProviderId providerId, int limit);

    /** The learner's records on EPA platforms, the current one first, each with how it stands. */
    List<RecordStanding> records(ProviderId providerId, LearnerId learnerId);

    /**
     * Re-queues a blocked task at the head of its learner's queue: {@code NotFoundException} if it is
     * not the provider's, {@code ConflictException} if it is not blocked.
     */
    SyncLogEntry retry(ProviderId providerId, long taskId, ChangeOrigin origin);

    /**
     * Closes a blocked task without sending it, keeping the reason, which is audited; the learner's
     * later changes then flow (CV-3). {@code InvalidInputException} without a reason,
     * {@code ConflictException} if it is not blocked.
     */
    SyncLogEntry skip(ProviderId providerId, long taskId, String reason, ChangeOrigin origin);

    record TaskDetail(SyncLogEntry task, List<AttemptRecord> attempts) {
    }
}
