package uk.learnersync.provider.sync.internal;

import java.util.Map;

import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.TaskStatus;
import uk.learnersync.provider.sync.plan.Step;

/** A sync-log entry to write: one step of a plan, with who made the change and how. */
record NewTask(ProviderId providerId, LearnerId learnerId, Step step, Channel channel, String actor,
               Long fanOutId) {

    TaskStatus status() {
        return step.sends() ? TaskStatus.PENDING : TaskStatus.SKIPPED;
    }

    Map<String, Object> payload() {
        return step.payload();
    }
}
