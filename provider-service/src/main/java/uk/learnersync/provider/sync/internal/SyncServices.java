package uk.learnersync.provider.sync.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.epa.EpaConnection;
import uk.learnersync.provider.epa.EpaConnectionManagement;
import uk.learnersync.provider.epa.EpaConnections;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.AuditTrail;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.PlatformStatus;
import uk.learnersync.provider.sync.RecordStanding;
import uk.learnersync.provider.sync.RecordStanding.Standing;
import uk.learnersync.provider.sync.SyncLog;
import uk.learnersync.provider.sync.SyncLogEntry;
import uk.learnersync.provider.sync.SyncPolicies;
import uk.learnersync.provider.sync.SyncStatus;
import uk.learnersync.provider.sync.TaskStatus;
import uk.learnersync.provider.sync.plan.RecordState;
import uk.learnersync.provider.sync.policy.RuleTable;
import uk.learnersync.provider.sync.policy.SyncPolicy;
import uk.learnersync.provider.sync.policy.SyncRule;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.validation.Text;

/** The sync log and policies as the API and the pages use them, and what a person does to a blocked task. */
@Service
class SyncServices implements SyncLog, SyncPolicies {

    private static final int MAX_REASON_LENGTH = 2000;

    private final SyncLogStore log;
    private final Outbox outbox;
    private final RecordStore records;
    private final PolicyStore policies;
    private final EpaConnections connections;
    private final EpaConnectionManagement connectionManagement;
    private final AuditTrail audit;
    private final WakeUp wakeUp;

    SyncServices(SyncLogStore log, Outbox outbox, RecordStore records, PolicyStore policies,
                 EpaConnections connections, EpaConnectionManagement connectionManagement, AuditTrail audit,
                 WakeUp wakeUp) {
        this.log = log;
        this.outbox = outbox;
        this.records = records;
        this.policies = policies;
        this.connections = connections;
        this.connectionManagement = connectionManagement;
        this.audit = audit;
        this.wakeUp = wakeUp;
    }

    @Override
    public List<SyncLogEntry> entries(ProviderId providerId, LearnerId learnerId) {
        return log.log(providerId, learnerId);
    }

    @Override
    public TaskDetail task(ProviderId providerId, long taskId) {
        SyncLogEntry task = log.task(providerId, taskId).orElseThrow(() -> new NotFoundException("Sync task", taskId));
        return new TaskDetail(task, log.attempts(taskId));
    }

    @Override
    public SyncStatus status(ProviderId providerId) {
        Set<UUID> refused = connectionManagement.list(providerId).stream()
                .filter(EpaConnection::refused)
                .map(connection -> connection.id().value())
                .collect(Collectors.toSet());
        return log.status(providerId, refused);
    }

    @Override
    public Set<LearnerId> learnersWith(ProviderId providerId, Set<TaskStatus> statuses) {
        return statuses.isEmpty() ? Set.of() : log.learnersWith(providerId, statuses);
    }

    @Override
    public List<SyncLogEntry> blocked(ProviderId providerId, int limit) {
        return log.blocked(providerId, limit);
    }

    @Override
    public List<RecordStanding> records(ProviderId providerId, LearnerId learnerId) {
        List<RecordStanding> standings = new ArrayList<>();
        for (RecordState record : records.ofLearner(providerId, learnerId)) {
            Optional<EpaConnection> connection = connections.find(providerId, record.connectionId());
            Optional<SyncLogEntry> waitingFor = log.oldestUnfinished(record.id());
            PlatformStatus status = record.desired() == null ? null : record.desired().status();
            standings.add(new RecordStanding(record.id().toString(), record.epaoId().value(), connection.orElse(null),
                    record.apprenticeId(), record.active(), status, standing(waitingFor), why(waitingFor, connection)));
        }
        standings.sort(Comparator.comparing(RecordStanding::current).reversed());
        return standings;
    }

    private static Standing standing(Optional<SyncLogEntry> waitingFor) {
        return waitingFor.map(entry -> entry.status() == TaskStatus.BLOCKED ? Standing.BLOCKED : Standing.WAITING)
                .orElse(Standing.IN_STEP);
    }

    private static String why(Optional<SyncLogEntry> waitingFor, Optional<EpaConnection> connection) {
        if (waitingFor.isEmpty()) {
            return null;
        }
        SyncLogEntry entry = waitingFor.get();
        if (entry.status() == TaskStatus.BLOCKED) {
            return "A change is held for a person to retry or skip: " + entry.lastError();
        }
        if (connection.isPresent() && connection.get().refused()) {
            return "The platform refuses the connection's credentials: replace its token";
        }
        if (entry.status() == TaskStatus.RETRYING) {
            return "The platform did not take the last attempt; trying again: " + entry.lastError();
        }
        return "Changes are on their way";
    }

    @Override
    @Transactional
    public SyncLogEntry retry(ProviderId providerId, long taskId, ChangeOrigin origin) {
        SyncLogEntry before = log.task(providerId, taskId).orElseThrow(() -> new NotFoundException("Sync task", taskId));
        if (!outbox.retry(providerId, taskId)) {
            throw new ConflictException("Sync task " + taskId + " is " + before.status()
                    + "; only a blocked task can be retried");
        }
        SyncLogEntry after = log.task(providerId, taskId).orElseThrow();
        audit.record(providerId, "sync-task", before.learnerId().value(), origin, before, after);
        wakeUp.afterCommit();
        return after;
    }

    @Override
    @Transactional
    public SyncLogEntry skip(ProviderId providerId, long taskId, String reason, ChangeOrigin origin) {
        SyncLogEntry before = log.task(providerId, taskId).orElseThrow(() -> new NotFoundException("Sync task", taskId));
        FieldChecks checks = new FieldChecks();
        String why = checks.required("reason", reason, text -> Text.line(text, MAX_REASON_LENGTH));
        checks.throwIfAny();
        if (!outbox.skip(providerId, taskId, why, origin.actor())) {
            throw new ConflictException("Sync task " + taskId + " is " + before.status()
                    + "; only a blocked task can be skipped");
        }
        SyncLogEntry after = log.task(providerId, taskId).orElseThrow();
        audit.record(providerId, "sync-task", before.learnerId().value(), origin, before, after);
        wakeUp.afterCommit();
        return after;
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
