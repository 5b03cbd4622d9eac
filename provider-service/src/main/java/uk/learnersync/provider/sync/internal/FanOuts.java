package uk.learnersync.provider.sync.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.Learners;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.SyncProperties;
import uk.learnersync.provider.sync.plan.Plan;
import uk.learnersync.provider.sync.plan.Planner;
import uk.learnersync.provider.sync.plan.RecordState;
import uk.learnersync.provider.sync.policy.RuleTable;
import uk.learnersync.provider.sync.policy.SyncRule;

/**
 * A change to a record linked to many learners (FO-1, CV-5). Up to one batch of learners is planned in
 * the change's own transaction, so that small fan-outs are as immediate and as consistent as any
 * change; beyond that one fan-out row is written and the workers expand it in batches, so that the
 * person's request never waits for thousands of rows (ARCHITECTURE.md, promise 5). A learner whose
 * link changes between the commit and the expansion of a large fan-out follows its link at expansion.
 */
@Component
class FanOuts {

    private final Learners learners;
    private final RecordStore records;
    private final SnapshotReader snapshots;
    private final PolicyStore policies;
    private final PlanWriter writer;
    private final FanOutStore store;
    private final SyncProperties properties;
    private final WakeUp wakeUp;
    private final TransactionTemplate transactions;

    FanOuts(Learners learners, RecordStore records, SnapshotReader snapshots, PolicyStore policies, PlanWriter writer,
            FanOutStore store, SyncProperties properties, WakeUp wakeUp, PlatformTransactionManager transactionManager) {
        this.learners = learners;
        this.records = records;
        this.snapshots = snapshots;
        this.policies = policies;
        this.writer = writer;
        this.store = store;
        this.properties = properties;
        this.wakeUp = wakeUp;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** In the change's transaction: plans a small fan-out at once, or leaves a large one to the workers. */
    void record(ProviderId providerId, LinkType linkType, UUID linkId, SyncRule rule, Channel channel, String actor) {
        int batch = properties.fanOutBatchSize();
        List<LearnerId> linked = learners.connectedLearnersLinkedTo(providerId, linkType.link(linkId), null, batch + 1);
        if (linked.size() <= batch) {
            plan(providerId, linked, rule, channel, actor, null);
        } else {
            store.enqueue(providerId, linkType, linkId, rule, channel, actor);
            wakeUp.afterCommit();
        }
    }

    /** A worker's turn: expands the next batch of the oldest open fan-out; false when there is none. */
    boolean expandNext() {
        UUID token = UUID.randomUUID();
        Optional<FanOut> claimed = store.claim(token, properties.lease());
        if (claimed.isEmpty()) {
            return false;
        }
        FanOut fanOut = claimed.get();
        int batch = properties.fanOutBatchSize();
        transactions.executeWithoutResult(status -> {
            List<LearnerId> linked = learners.connectedLearnersLinkedTo(fanOut.providerId(),
                    fanOut.linkType().link(fanOut.linkId()),
                    fanOut.expandedTo() == null ? null : new LearnerId(fanOut.expandedTo()), batch);
            LearnerId last = linked.isEmpty() ? null : linked.get(linked.size() - 1);
            if (store.advance(fanOut, token, last, linked.size() < batch)) {
                plan(fanOut.providerId(), linked, RuleTable.rule(fanOut.ruleId()), fanOut.channel(), fanOut.actor(),
                        fanOut.id());
            }
        });
        wakeUp.now();
        return true;
    }

    private void plan(ProviderId providerId, List<LearnerId> learnerIds, SyncRule rule, Channel channel, String actor,
                      Long fanOutId) {
        if (learnerIds.isEmpty()) {
            return;
        }
        Planner planner = new Planner(policies.policyOf(providerId), LocalDate.now());
        Map<LearnerId, RecordState> active = records.activeForUpdate(learnerIds);
        SnapshotReader.Reading reading = snapshots.reading();
        // In the learners' order, so that their tasks are written (and numbered) in it.
        Map<LearnerId, Plan> plans = new LinkedHashMap<>();
        for (Learner learner : learners.findAll(providerId, learnerIds)) {
            RecordState record = active.get(learner.id());
            if (record != null) {
                plans.put(learner.id(), planner.linkedRecordChanged(rule, record, reading.read(learner)));
            }
        }
        writer.writeAll(providerId, plans, channel, actor, fanOutId);
    }
}
