package uk.learnersync.provider.sync.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.provider.epa.EpaConnection;
import uk.learnersync.provider.epa.EpaConnections;
import uk.learnersync.provider.learners.Learners;
import uk.learnersync.provider.sync.EpaPlatformConnector;
import uk.learnersync.provider.sync.EpaPlatformConnector.DeliveryRequest;
import uk.learnersync.provider.sync.EpaPlatformConnector.DeliveryResult;
import uk.learnersync.provider.sync.EpaPlatformConnector.Outcome;
import uk.learnersync.provider.sync.PlatformRecord;
import uk.learnersync.provider.sync.SyncProperties;
import uk.learnersync.provider.sync.TaskStatus;
import uk.learnersync.provider.sync.plan.Planner;
import uk.learnersync.provider.sync.plan.RecordState;
import uk.learnersync.provider.sync.policy.SyncAction;

/**
 * Delivers one claimed task: sends its record's desired state, read now, to the platform, with the HTTP
 * call outside any transaction, and records the outcome while the lease is still this worker's.
 * A record that is not on the platform yet is registered whole, whatever the task was about, so that
 * a change never fails for want of a registration (the platform is driven to the desired record).
 */
@Component
class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private final Outbox outbox;
    private final RecordStore records;
    private final JsonMapper json;
    private final Learners learners;
    private final EpaConnections connections;
    private final EpaPlatformConnector connector;
    private final SyncProperties properties;
    private final Counter delivered;
    private final Counter transientFailures;
    private final Counter permanentFailures;
    private final Counter refusals;

    Delivery(Outbox outbox, RecordStore records, JsonMapper json, Learners learners, EpaConnections connections,
             EpaPlatformConnector connector, SyncProperties properties,
             MeterRegistry meters) {
        this.outbox = outbox;
        this.records = records;
        this.json = json;
        this.learners = learners;
        this.connections = connections;
        this.connector = connector;
        this.properties = properties;
        this.delivered = meters.counter("learnersync.sync.attempts", "outcome", "delivered");
        this.transientFailures = meters.counter("learnersync.sync.attempts", "outcome", "transient");
        this.permanentFailures = meters.counter("learnersync.sync.attempts", "outcome", "permanent");
        this.refusals = meters.counter("learnersync.sync.attempts", "outcome", "refused");
    }

    /**
     * Delivers the task; a delivered one is added to {@code completions}, which the worker completes
     * at the end of its batch ({@link #complete}), the other outcomes are recorded at once.
     */
    void deliverSafely(ClaimedTask task, BatchConnections connections, List<Outbox.Delivered> completions) {
        Instant started = Instant.now();
        try {
            deliver(task, connections, started, completions);
        } catch (RuntimeException e) {
            log.warn("Sync task {} failed unexpectedly: {}", task.id(), e.toString());
            fail(task, new Attempt(started, null, null, null, e.toString()), Outcome.TRANSIENT);
        }
    }

    private void deliver(ClaimedTask task, BatchConnections batchConnections, Instant started,
                         List<Outbox.Delivered> completions) {
        Optional<RecordState> found = task.recordId() == null ? Optional.empty() : records.find(task.recordId());
        if (found.isEmpty() || !learners.exists(task.providerId(), task.learnerId())) {
            outbox.completeSkipped(task, "The learner or its record on the platform no longer exists");
            return;
        }
        RecordState record = found.get();
        Optional<EpaConnection> connection = batchConnections.of(task.providerId(), record.connectionId());
        if (connection.isEmpty()) {
            fail(task, new Attempt(started, null, null, null, "The EPA connection " + record.connectionId()
                    + " was removed"), Outcome.PERMANENT);
            return;
        }
        SyncAction action = record.onPlatform() ? task.action() : SyncAction.REGISTER;
        if (task.action() == SyncAction.REGISTER && record.onPlatform()) {
            outbox.completeSkipped(task, "The platform has the record already: an earlier delivery registered it");
            return;
        }
        // Only a first attempt takes riders: a retry carries the first attempt's idempotency key, and the
        // platform may answer it with what the first attempt sent, which held none of their changes.
        List<Long> riders = coalesces(action) && task.attempts() == 1 ? outbox.ridersOf(task) : List.of();
        // Read again after the riders are known, so that the record sent holds their changes too. Without
        // riders the first read will do: a change committed since is a task of its own, sent after this one.
        RecordState current = riders.isEmpty() ? record : records.find(record.id()).orElse(record);
        DeliveryResult result = connector.deliver(new DeliveryRequest(connection.get(), action,
                current.apprenticeId(), registered(task).orElse(current.desired()), task.payload(),
                task.idempotencyKey()));
        Attempt attempt = new Attempt(started, result.requestBody(), result.responseStatus(), result.responseBody(),
                result.outcome() == Outcome.DELIVERED ? null : describe(result));
        if (result.outcome() != Outcome.CREDENTIALS_REFUSED && connection.get().refused()
                && result.responseStatus() != null) {
            connections.markAccepted(task.providerId(), record.connectionId());
            batchConnections.forget(record.connectionId());
        }
        switch (result.outcome()) {
            case DELIVERED -> delivered(task, current, action, result, attempt, riders, completions);
            case CREDENTIALS_REFUSED -> {
                batchConnections.forget(record.connectionId());
                holdConnection(task, current, attempt);
            }
            case REFUSED -> {
                refusals.increment();
                outbox.completeRefused(task, attempt, result.refusal());
            }
            case TRANSIENT, PERMANENT -> fail(task, attempt, result.outcome());
        }
    }

    /**
     * A registration sends the record as it was when the learner was registered (the planner keeps it in
     * the payload); the changes made since follow it as tasks of their own.
     */
    private Optional<PlatformRecord> registered(ClaimedTask task) {
        return Optional.ofNullable(task.payload())
                .map(payload -> payload.get(Planner.REGISTERED_RECORD))
                .filter(record -> task.action() == SyncAction.REGISTER)
                .map(record -> json.convertValue(record, PlatformRecord.class));
    }

    private void delivered(ClaimedTask task, RecordState record, SyncAction action, DeliveryResult result,
                           Attempt attempt, List<Long> riders, List<Outbox.Delivered> completions) {
        delivered.increment();
        if (action == SyncAction.REGISTER && result.apprenticeId() != null) {
            records.recordApprenticeId(record.id(), result.apprenticeId());
            if (record.active()) {
                learners.recordApprenticeId(task.providerId(), task.learnerId(), result.apprenticeId());
            }
        }
        completions.add(new Outbox.Delivered(task, attempt, riders));
    }

    /** The connections of a new batch's tasks, read when its first task through each needs them. */
    BatchConnections connectionsForBatch() {
        return new BatchConnections(connections);
    }

    /**
     * Records a batch's deliveries in one transaction (asynchronously committed, as all the delivery's
     * bookkeeping): a learner's next task waits for it, no more than the rest of the batch.
     */
    void complete(List<Outbox.Delivered> completions) {
        for (ClaimedTask lost : outbox.completeDelivered(completions)) {
            log.warn("Sync task {} was delivered after its lease expired; another worker may repeat it harmlessly",
                    lost.id());
        }
    }

    /**
     * The platform refuses the connection's credentials: the connection shows REFUSED, and what waits on
     * it is tried again after a while that grows with how long it has been refused, or at once when the
     * credentials are replaced. No learner is blocked (CV-2).
     */
    private void holdConnection(ClaimedTask task, RecordState record, Attempt attempt) {
        connections.markRefused(task.providerId(), record.connectionId(), attempt.error());
        Duration refusedFor = connections.find(task.providerId(), record.connectionId())
                .map(EpaConnection::stateSince)
                .map(since -> Duration.between(since, Instant.now()))
                .orElse(Duration.ZERO);
        Duration wait = min(properties.backoffCap(), max(properties.backoffBase(), refusedFor));
        log.warn("EPA connection {} refuses its credentials; its deliveries wait {} (task {})", record.connectionId(),
                wait, task.id());
        outbox.holdConnection(task, attempt, record.connectionId(), Instant.now().plus(wait));
    }

    private void fail(ClaimedTask task, Attempt attempt, Outcome outcome) {
        boolean blocked = outcome == Outcome.PERMANENT || task.attempts() >= properties.maxAttempts();
        (outcome == Outcome.PERMANENT ? permanentFailures : transientFailures).increment();
        if (blocked) {
            // IDs and the status only: a platform's answer may quote the learner's personal data.
            log.warn("Sync task {} ({} for learner {}) is blocked after {} attempt(s); HTTP status {}", task.id(),
                    task.ruleId(), task.learnerId(), task.attempts(), attempt.responseStatus());
        }
        outbox.completeFailed(task, attempt, blocked ? TaskStatus.BLOCKED : TaskStatus.RETRYING,
                blocked ? Instant.now() : Instant.now().plus(backoff(task.attempts())));
    }

    /** Exponential backoff with jitter: base × 2^(n-1), capped, then a random 50–100 % of it. */
    Duration backoff(int attempts) {
        long base = properties.backoffBase().toMillis();
        long cap = properties.backoffCap().toMillis();
        long exponential = attempts >= 31 ? cap : Math.min(cap, base * (1L << Math.max(0, attempts - 1)));
        return Duration.ofMillis(exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1));
    }

    /** Updates send a section of the desired record, which satisfies every identical update queued behind them. */
    private static boolean coalesces(SyncAction action) {
        return switch (action) {
            case UPDATE_LEARNER_DETAILS, UPDATE_EMPLOYER, UPDATE_EMPLOYER_CONTACT, UPDATE_TUTOR,
                    UPDATE_PROGRAMME_DATES, UPDATE_PROGRAMME -> true;
            default -> false;
        };
    }

    private static String describe(DeliveryResult result) {
        return result.responseStatus() == null
                ? result.responseBody()
                : "HTTP " + result.responseStatus() + ": " + abbreviate(result.responseBody());
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
