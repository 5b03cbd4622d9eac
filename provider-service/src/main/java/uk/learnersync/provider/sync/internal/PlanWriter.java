package uk.learnersync.provider.sync.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.plan.Plan;

/**
 * Writes a plan in the caller's transaction: the records' new desired states and the sync-log
 * entries, which commit with the change that made them or not at all (ARCHITECTURE.md, promise 1).
 */
@Component
class PlanWriter {

    private final RecordStore records;
    private final Outbox outbox;
    private final WakeUp wakeUp;

    PlanWriter(RecordStore records, Outbox outbox, WakeUp wakeUp) {
        this.records = records;
        this.outbox = outbox;
        this.wakeUp = wakeUp;
    }

    void write(ProviderId providerId, LearnerId learnerId, Plan plan, Channel channel, String actor, Long fanOutId) {
        writeAll(providerId, Map.of(learnerId, plan), channel, actor, fanOutId);
    }

    /** {@link #write} for many learners' plans at once (a fan-out's batch), in JDBC batches. */
    void writeAll(ProviderId providerId, Map<LearnerId, Plan> plans, Channel channel, String actor, Long fanOutId) {
        records.saveAll(providerId, plans);
        List<NewTask> tasks = new ArrayList<>();
        plans.forEach((learnerId, plan) -> plan.steps().forEach(step ->
                tasks.add(new NewTask(providerId, learnerId, step, channel, actor, fanOutId))));
        outbox.enqueueAll(tasks);
        if (plans.values().stream().anyMatch(Plan::sends)) {
            wakeUp.afterCommit();
        }
    }
}
