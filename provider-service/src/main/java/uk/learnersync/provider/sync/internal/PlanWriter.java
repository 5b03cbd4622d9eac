package uk.learnersync.provider.sync.internal;

import org.springframework.stereotype.Component;

import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.plan.Plan;
import uk.learnersync.provider.sync.plan.Step;

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
        records.save(providerId, learnerId, plan);
        for (Step step : plan.steps()) {
            outbox.enqueue(new NewTask(providerId, learnerId, step, channel, actor, fanOutId));
        }
        if (plan.sends()) {
            wakeUp.afterCommit();
        }
    }
}
