package uk.learnersync.provider.sync.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.TaskStatus;
import uk.learnersync.provider.sync.policy.SyncAction;

/**
 * The benchmarks' way into the outbox (this package lives in the benchmarks module only): writes
 * tasks exactly as the change listeners do, through {@link SyncTaskStore#enqueue} in the writer's
 * transaction, and wakes the workers after each commit.
 */
public final class BenchmarkOutbox {

    private BenchmarkOutbox() {
    }

    /**
     * Writes {@code tasks} learner-details updates pinned to the connection (so that none coalesces
     * with another), round the learners, {@code perTransaction} to a transaction.
     */
    public static void enqueue(ApplicationContext context, UUID providerId, UUID connectionId, List<UUID> learners,
                               int tasks, int perTransaction) {
        SyncTaskStore store = context.getBean(SyncTaskStore.class);
        WakeUp wakeUp = context.getBean(WakeUp.class);
        TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        for (int first = 0; first < tasks; first += perTransaction) {
            int from = first;
            transactions.executeWithoutResult(status -> {
                for (int n = from; n < Math.min(tasks, from + perTransaction); n++) {
                    LearnerId learner = new LearnerId(learners.get(n % learners.size()));
                    store.enqueue(new NewTask(new ProviderId(providerId), learner,
                            new EpaConnectionId(connectionId), "BENCH", Channel.API, SyncAction.UPDATE_LEARNER_DETAILS,
                            "benchmark", null, TaskStatus.PENDING, null));
                }
                wakeUp.afterCommit();
            });
        }
    }
}
