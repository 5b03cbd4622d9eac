package uk.learnersync.provider.sync.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.SyncLog;
import uk.learnersync.provider.sync.SyncLogEntry;
import uk.learnersync.provider.sync.SyncPolicies;
import uk.learnersync.provider.sync.SyncStatus;
import uk.learnersync.provider.sync.TaskStatus;
import uk.learnersync.provider.sync.policy.RuleTable;
import uk.learnersync.provider.sync.policy.SyncPolicy;
import uk.learnersync.provider.sync.policy.SyncRule;

@Service
class SyncServices implements SyncLog, SyncPolicies {

    private final SyncTaskStore store;
    private final PolicyStore policies;
    private final WakeUp wakeUp;

    SyncServices(SyncTaskStore store, PolicyStore policies, WakeUp wakeUp) {
        this.store = store;
        this.policies = policies;
        this.wakeUp = wakeUp;
    }

    @Override
    public List<SyncLogEntry> entries(ProviderId providerId, LearnerId learnerId) {
        return store.log(providerId, learnerId);
    }

    @Override
    public TaskDetail task(ProviderId providerId, long taskId) {
        SyncLogEntry task = store.task(providerId, taskId).orElseThrow(() -> new NotFoundException("Sync task", taskId));
        return new TaskDetail(task, store.attempts(taskId));
    }

    @Override
    public SyncStatus status(ProviderId providerId) {
        return store.status(providerId);
    }

    @Override
    public Set<LearnerId> learnersWith(ProviderId providerId, Set<TaskStatus> statuses) {
        return statuses.isEmpty() ? Set.of() : store.learnersWith(providerId, statuses);
    }

    @Override
    public SyncLogEntry retry(ProviderId providerId, long taskId) {
        store.task(providerId, taskId).orElseThrow(() -> new NotFoundException("Sync task", taskId));
        if (!store.retry(providerId, taskId)) {
            throw new ConflictException("Sync task " + taskId + " is not blocked; only a blocked task can be retried");
        }
        wakeUp.now();
        return store.task(providerId, taskId).orElseThrow();
    }

    @Override
    public SyncPolicy policyOf(ProviderId providerId) {
        return policies.policyOf(providerId);
    }

    @Override
    @Transactional
    public SyncPolicy widen(ProviderId providerId, String ruleId, Set<Channel> addedChannels, ChangeOrigin origin) {
        SyncRule rule = RuleTable.byId(ruleId).orElseThrow(() -> new NotFoundException("Rule", ruleId));
        if (!rule.widenableTo().containsAll(addedChannels)) {
            throw InvalidInputException.of("addedChannels", "rule " + ruleId + " can be widened only to " + rule.widenableTo());
        }
        policies.saveWidening(providerId, ruleId, addedChannels, origin.actor());
        return policies.policyOf(providerId);
    }
}
