package uk.learnersync.provider.sync.internal;

import uk.learnersync.provider.sync.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaConnections;
import uk.learnersync.provider.epa.EpaConnections.Credentials;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.Learners;
import uk.learnersync.provider.sync.EpaPlatformConnector;
import uk.learnersync.provider.sync.EpaPlatformConnector.DeliveryRequest;
import uk.learnersync.provider.sync.EpaPlatformConnector.DeliveryResult;
import uk.learnersync.provider.sync.EpaPlatformConnector.Outcome;
import uk.learnersync.provider.sync.SyncProperties;
import uk.learnersync.provider.sync.policy.SyncAction;

/**
 * The delivery workers of this instance. Each loop: expand a batch of a fan-out, claim a batch of
 * tasks (each its learner's oldest unfinished one) under a committed lease, deliver them one by one
 * with the HTTP call outside any transaction, and record each outcome only while the lease is still
 * this worker's. Several instances can run these against one database.
 */
@Component
class DeliveryWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);

    private final SyncTaskStore store;
    private final Learners learners;
    private final EpaConnections connections;
    private final SnapshotReader snapshots;
    private final EpaPlatformConnector connector;
    private final SyncProperties properties;
    private final WakeUp wakeUp;
    private final Counter delivered;
    private final Counter transientFailures;
    private final Counter permanentFailures;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    DeliveryWorkers(SyncTaskStore store, Learners learners, EpaConnections connections, SnapshotReader snapshots,
                    EpaPlatformConnector connector, SyncProperties properties, WakeUp wakeUp, MeterRegistry meters) {
        this.store = store;
        this.learners = learners;
        this.connections = connections;
        this.snapshots = snapshots;
        this.connector = connector;
        this.properties = properties;
        this.wakeUp = wakeUp;
        this.delivered = meters.counter("learnersync.sync.attempts", "outcome", "delivered");
        this.transientFailures = meters.counter("learnersync.sync.attempts", "outcome", "transient");
        this.permanentFailures = meters.counter("learnersync.sync.attempts", "outcome", "permanent");
    }

    @Override
    public synchronized void start() {
        if (running || !properties.enabled()) {
            return;
        }
        running = true;
        for (int i = 0; i < properties.workers(); i++) {
            Thread thread = new Thread(this::work, "sync-worker-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        log.info("Started {} sync delivery workers", properties.workers());
    }

    /** Lets in-flight deliveries finish; claims not yet started are released for others. */
    @Override
    public synchronized void stop() {
        running = false;
        wakeUp.now();
        for (Thread thread : threads) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stop before the web server and the connection pool go, start after them.
        return Integer.MAX_VALUE - 1000;
    }

    private void work() {
        while (running) {
            try {
                boolean busy = expandFanOut();
                busy |= deliverBatch();
                if (!busy) {
                    wakeUp.await(properties.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be briefly unreachable; nothing is lost, leases simply expire.
                log.warn("Sync worker loop failed; retrying shortly: {}", e.toString());
                sleepQuietly(properties.pollInterval());
            }
        }
    }

    private boolean expandFanOut() {
        UUID token = UUID.randomUUID();
        Optional<FanOut> claimed = store.claimFanOut(token, properties.lease());
        if (claimed.isEmpty()) {
            return false;
        }
        FanOut fanOut = claimed.get();
        List<LearnerId> batch = learners.connectedLearnersLinkedTo(fanOut.providerId(),
                fanOut.linkType().link(fanOut.linkId()),
                fanOut.expandedTo() == null ? null : new LearnerId(fanOut.expandedTo()), properties.fanOutBatchSize());
        store.expandFanOut(fanOut, token, batch, batch.size() < properties.fanOutBatchSize());
        wakeUp.now();
        return true;
    }

    private boolean deliverBatch() {
        List<ClaimedTask> claimed = store.claim(UUID.randomUUID(), properties.batchSize(), properties.lease());
        for (int i = 0; i < claimed.size(); i++) {
            if (!running) {
                store.release(claimed.subList(i, claimed.size()));
                break;
            }
            deliverSafely(claimed.get(i));
        }
        return !claimed.isEmpty();
    }

    private void deliverSafely(ClaimedTask task) {
        Instant started = Instant.now();
        try {
            deliver(task, started);
        } catch (RuntimeException e) {
            log.warn("Sync task {} failed unexpectedly: {}", task.id(), e.toString());
            fail(task, new Attempt(started, null, null, null, e.toString()), Outcome.TRANSIENT);
        }
    }

    private void deliver(ClaimedTask task, Instant started) {
        Optional<Learner> found = learners.find(task.providerId(), task.learnerId());
        if (found.isEmpty()) {
            store.completeSkipped(task, "The learner no longer exists");
            return;
        }
        Learner learner = found.get();
        EpaConnectionId connectionId = task.connectionId() != null
                ? task.connectionId()
                : learner.registration().connectionId();
        if (task.connectionId() == null && !learner.registration().isConnected()) {
            store.completeSkipped(task, "The learner is no longer registered through a connection");
            return;
        }
        Optional<Credentials> credentials = connections.credentials(task.providerId(), connectionId);
        if (credentials.isEmpty()) {
            fail(task, new Attempt(started, null, null, null, "The EPA connection " + connectionId + " was removed"),
                    Outcome.PERMANENT);
            return;
        }
        String apprenticeId = null;
        if (task.action() != SyncAction.REGISTER) {
            apprenticeId = store.apprenticeId(task.learnerId(), connectionId).orElse(null);
            if (apprenticeId == null) {
                fail(task, new Attempt(started, null, null, null,
                        "The learner has no record on this connection's platform yet"), Outcome.PERMANENT);
                return;
            }
        }
        List<Long> riders = coalesces(task.action()) ? store.ridersOf(task) : List.of();
        DeliveryResult result = connector.deliver(new DeliveryRequest(credentials.get(), task.action(), apprenticeId,
                snapshots.read(learner), task.payload(), task.idempotencyKey()));
        Attempt attempt = new Attempt(started, result.requestBody(), result.responseStatus(), result.responseBody(),
                result.outcome() == Outcome.DELIVERED ? null : describe(result));
        if (result.outcome() != Outcome.DELIVERED) {
            fail(task, attempt, result.outcome());
            return;
        }
        delivered.increment();
        if (task.action() == SyncAction.REGISTER && result.apprenticeId() != null) {
            store.recordRegistration(task.providerId(), task.learnerId(), connectionId, result.apprenticeId());
            if (connectionId.equals(learner.registration().connectionId())) {
                learners.recordApprenticeId(task.providerId(), task.learnerId(), result.apprenticeId());
            }
        }
        if (!store.completeDelivered(task, attempt, riders)) {
            log.warn("Sync task {} was delivered after its lease expired; another worker may repeat it harmlessly",
                    task.id());
        }
    }

    private void fail(ClaimedTask task, Attempt attempt, Outcome outcome) {
        boolean blocked = outcome == Outcome.PERMANENT || task.attempts() >= properties.maxAttempts();
        (outcome == Outcome.PERMANENT ? permanentFailures : transientFailures).increment();
        if (blocked) {
            // IDs and the status only: a platform's answer may quote the learner's personal data.
            log.warn("Sync task {} ({} for learner {}) is blocked after {} attempt(s); HTTP status {}", task.id(),
                    task.ruleId(), task.learnerId(), task.attempts(), attempt.responseStatus());
        }
        store.completeFailed(task, attempt, blocked ? TaskStatus.BLOCKED : TaskStatus.RETRYING,
                blocked ? Instant.now() : Instant.now().plus(backoff(task.attempts())));
    }

    /** Exponential backoff with jitter: base × 2^(n-1), capped, then a random 50–100 % of it. */
    Duration backoff(int attempts) {
        long base = properties.backoffBase().toMillis();
        long cap = properties.backoffCap().toMillis();
        long exponential = attempts >= 31 ? cap : Math.min(cap, base * (1L << Math.max(0, attempts - 1)));
        return Duration.ofMillis(exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1));
    }

    /** Updates that send the current state satisfy every identical update queued behind them. */
    private static boolean coalesces(SyncAction action) {
        return switch (action) {
            case UPDATE_LEARNER_DETAILS, UPDATE_EMPLOYER, UPDATE_EMPLOYER_CONTACT, UPDATE_TUTOR,
                    UPDATE_PROGRAMME_DATES -> true;
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

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
