package uk.learnersync.provider.sync.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.Learners;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidValueException;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.sync.AttemptRecord;
import uk.learnersync.provider.sync.Reconciliation;
import uk.learnersync.provider.sync.Reconciliations;
import uk.learnersync.provider.sync.SyncLog;
import uk.learnersync.provider.sync.SyncLogEntry;
import uk.learnersync.provider.sync.SyncPolicies;
import uk.learnersync.provider.sync.SyncStatus;
import uk.learnersync.provider.sync.policy.RuleTable;
import uk.learnersync.provider.sync.policy.SyncPolicy;
import uk.learnersync.provider.sync.policy.SyncRule;
import uk.learnersync.provider.tenancy.CurrentProvider;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Synchronisation", description = "What the EPA platforms were told, when, under which rule (AU-1)")
class SyncController {

    private static final int LATEST_RECONCILIATIONS = 20;

    private final SyncLog syncLog;
    private final SyncPolicies policies;
    private final Reconciliations reconciliations;
    private final Learners learners;
    private final CurrentProvider provider;

    SyncController(SyncLog syncLog, SyncPolicies policies, Reconciliations reconciliations, Learners learners,
                   CurrentProvider provider) {
        this.syncLog = syncLog;
        this.policies = policies;
        this.reconciliations = reconciliations;
        this.learners = learners;
        this.provider = provider;
    }

    /**
     * {@code reason} says why nothing was sent: the rule's reason for a skipped entry, the platform's
     * stated refusal for a REFUSED one, or the reason a person gave for skipping a blocked one.
     */
    record LogEntryResource(String id, String ruleId, String channel, String action, String status, int attempts,
                            Instant createdAt, Instant deliveredAt, String lastError, String reason, String skippedBy,
                            String actor, String recordId, String connectionId, String epaoId, String coalescedInto,
                            String sent, String answer) {

        static LogEntryResource of(SyncLogEntry entry) {
            return new LogEntryResource(Long.toString(entry.id()), entry.ruleId(), entry.channel().name(),
                    entry.action().name(), entry.status().name(), entry.attempts(), entry.createdAt(),
                    entry.deliveredAt(), entry.lastError(), entry.reason(), entry.skippedBy(), entry.actor(),
                    entry.recordId(), entry.connectionId(), entry.epaoId(),
                    entry.coalescedInto() == null ? null : entry.coalescedInto().toString(), entry.lastRequest(),
                    entry.lastResponse());
        }
    }

    record SkipRequest(String reason) {
    }

    record TaskResource(LogEntryResource task, String learnerId, List<AttemptRecord> attempts) {
    }

    record RuleResource(String id, String summary, String action, boolean fanOut, Set<Channel> seedChannels,
                        Set<Channel> addedChannels, Set<Channel> channels, Set<Channel> widenableTo) {
    }

    record WideningRequest(List<String> addedChannels) {
    }

    @GetMapping("/learners/{id}/sync-log")
    @Operation(summary = "The learner's synchronisation log, oldest first",
            description = "One entry per synchronisation task: the rule that decided (RULES.md), the channel, the "
                    + "action, its status (PENDING, DELIVERED, RETRYING, BLOCKED, SKIPPED or REFUSED), attempts, "
                    + "and what was sent and answered.")
    Map<String, List<LogEntryResource>> syncLog(@PathVariable UUID id) {
        LearnerId learnerId = new LearnerId(id);
        learners.find(provider.id(), learnerId).orElseThrow(() -> new NotFoundException("Learner", id));
        return Map.of("items", syncLog.entries(provider.id(), learnerId).stream().map(LogEntryResource::of).toList());
    }

    @GetMapping("/sync/status")
    @Operation(summary = "The provider's sync backlog",
            description = "pending counts everything not yet finished, so pending == 0 && retrying == 0 means every committed change was delivered")
    SyncStatus status() {
        return syncLog.status(provider.id());
    }

    @GetMapping("/sync/tasks/{id}")
    @Operation(summary = "One sync task with every delivery attempt: what was sent and the answer",
            description = "For investigating a blocked or refused change.")
    TaskResource task(@PathVariable long id) {
        SyncLog.TaskDetail detail = syncLog.task(provider.id(), id);
        return new TaskResource(LogEntryResource.of(detail.task()), detail.task().learnerId().toString(),
                detail.attempts());
    }

    @PostMapping("/sync/tasks/{id}/retry")
    @Operation(summary = "Re-queue a blocked task; it delivers before anything behind it for that learner",
            description = "202 once queued; 409 if the task is not blocked (CV-3).")
    ResponseEntity<LogEntryResource> retry(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(LogEntryResource.of(syncLog.retry(provider.id(), id, provider.origin(Channel.API))));
    }

    @PostMapping("/sync/tasks/{id}/skip")
    @Operation(summary = "Close a blocked task without sending it",
            description = "The reason is kept and audited; the learner's later changes then flow (CV-3). "
                    + "409 if the task is not blocked")
    LogEntryResource skip(@PathVariable long id, @RequestBody SkipRequest request) {
        return LogEntryResource.of(syncLog.skip(provider.id(), id, request.reason(), provider.origin(Channel.API)));
    }

    record ReadBackResource(int changes) {
    }

    @PostMapping("/sync/read-back")
    @Operation(summary = "Read the provider's records back from their EPA platforms now",
            description = "What the EPAOs recorded since the last read-back (gateway, result, withdrawal: TW-1..TW-3) "
                    + "shows on the learners, as the scheduled read-back does every LEARNERSYNC_SYNC_READBACK_INTERVAL; "
                    + "changes is how many changes were read")
    ResponseEntity<ReadBackResource> readBack() {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new ReadBackResource(reconciliations.readBack(provider.id())));
    }

    @PostMapping("/sync/reconciliations")
    @Operation(summary = "Reconcile every registered record with its EPA platform (TW-4)",
            description = "Runs on after the answer: read it with GET until its status is DONE. Also run daily")
    ResponseEntity<Reconciliation> reconcile() {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(reconciliations.start(provider.id(), provider.origin(Channel.API)));
    }

    @GetMapping("/sync/reconciliations")
    @Operation(summary = "The latest reconciliations, newest first",
            description = "At most the last 20, whether started daily or on demand, each as GET of its id answers it")
    Map<String, List<Reconciliation>> reconciliations() {
        return Map.of("items", reconciliations.latest(provider.id(), LATEST_RECONCILIATIONS));
    }

    @GetMapping("/sync/reconciliations/{id}")
    @Operation(summary = "A reconciliation: records checked and drifted, and each field that differs",
            description = "status RUNNING until every registered record was read back; then DONE, or FAILED with the "
                    + "problem (a platform that could not be read). Each difference names the learner, the EPAO, the "
                    + "field's path in the platform's record, and what it should hold and holds")
    Reconciliation reconciliation(@PathVariable UUID id) {
        return reconciliations.get(provider.id(), id);
    }

    @PostMapping("/sync/reconciliations/{id}/repair")
    @Operation(summary = "Send the expected state of every record that drifted",
            description = "Rule TW-4, channel RECONCILIATION. 409 while it runs, when it failed, or when repaired already")
    ResponseEntity<Reconciliation> repair(@PathVariable UUID id) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(reconciliations.repair(provider.id(), id, provider.origin(Channel.API)));
    }

    @GetMapping("/sync/policy")
    @Operation(summary = "The provider's sync policy: the seed's rule table with the channels the provider added",
            description = "Each rule with its default channels, the channels the provider added, and those it may be "
                    + "widened to.")
    Map<String, List<RuleResource>> policy() {
        SyncPolicy policy = policies.policyOf(provider.id());
        return Map.of("items", RuleTable.SEED.stream().map(rule -> resource(rule, policy)).toList());
    }

    @PutMapping("/sync/policy/rules/{ruleId}")
    @Operation(summary = "Widen a rule to more channels (or, with an empty list, go back to the seed's default)",
            description = "A rule that never sends cannot be widened (400); only the channels the rule lists as "
                    + "widenable are accepted.")
    RuleResource widen(@PathVariable String ruleId, @RequestBody WideningRequest request) {
        SyncRule rule = RuleTable.byId(ruleId).orElseThrow(() -> new NotFoundException("Rule", ruleId));
        FieldChecks checks = new FieldChecks();
        Set<Channel> channels = checks.required("addedChannels", request.addedChannels(), names -> channels(rule, names));
        checks.throwIfAny();
        return resource(rule, policies.widen(provider.id(), ruleId, channels, provider.origin(Channel.API)));
    }

    private static Set<Channel> channels(SyncRule rule, List<String> names) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (String name : names) {
            Channel channel;
            try {
                channel = Channel.valueOf(name);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidValueException("must each be one of " + Channel.OF_CHANGES);
            }
            if (!rule.widenableTo().contains(channel)) {
                throw new InvalidValueException("rule " + rule.id() + " can be widened only to " + rule.widenableTo());
            }
            channels.add(channel);
        }
        return channels;
    }

    private static RuleResource resource(SyncRule rule, SyncPolicy policy) {
        return new RuleResource(rule.id(), rule.summary(), rule.action().name(), rule.fanOut(), rule.channels(),
                policy.wideningOf(rule.id()), policy.channelsOf(rule), rule.widenableTo());
    }
}
