package uk.learnersync.provider.sync.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.plan.RecordState;
import uk.learnersync.provider.sync.plan.Step;
import uk.learnersync.provider.sync.policy.SyncAction;

/**
 * The benchmarks' way into the outbox (this package lives in the benchmarks module only): writes
 * tasks exactly as the change listeners do, through {@link Outbox#enqueue} in the writer's
 * transaction, and wakes the workers after each commit.
 */
public final class BenchmarkOutbox {

    private BenchmarkOutbox() {
    }

    /**
     * Writes {@code tasks} learner-details updates of each learner's active record, round the learners,
     * {@code perTransaction} to a transaction. Each carries its sequence number as its payload, as the
     * peer's event does, which also keeps any from riding along with another: every task is one call.
     */
    public static void enqueue(ApplicationContext context, UUID providerId, List<UUID> learners, int tasks,
                               int perTransaction) {
        Outbox outbox = context.getBean(Outbox.class);
        WakeUp wakeUp = context.getBean(WakeUp.class);
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        Map<LearnerId, RecordState> records = transactions.execute(status -> context.getBean(RecordStore.class)
                .activeForUpdate(learners.stream().map(LearnerId::new).toList()));
        for (int first = 0; first < tasks; first += perTransaction) {
            int from = first;
            transactions.executeWithoutResult(status -> {
                for (int n = from; n < Math.min(tasks, from + perTransaction); n++) {
                    LearnerId learner = new LearnerId(learners.get(n % learners.size()));
                    RecordState record = records.get(learner);
                    Step step = new Step("BENCH", SyncAction.UPDATE_LEARNER_DETAILS, record.id(),
                            record.connectionId(), record.epaoId(), true, Map.of("sequence", n), null);
                    outbox.enqueue(new NewTask(new ProviderId(providerId), learner, step, Channel.API, "benchmark",
                            null));
                }
                wakeUp.afterCommit();
            });
        }
    }
}
