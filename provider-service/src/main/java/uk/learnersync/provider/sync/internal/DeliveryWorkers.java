package uk.learnersync.provider.sync.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import uk.learnersync.provider.sync.SyncProperties;

/**
 * The delivery workers of this instance. Each loop: expand a batch of a fan-out, claim a batch of
 * tasks (each its learner's oldest unfinished one) under a committed lease, deliver them one by one,
 * and record the deliveries of the batch in one transaction. Several instances can run these against
 * one database.
 */
@Component
class DeliveryWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);

    private final Outbox outbox;
    private final FanOuts fanOuts;
    private final Delivery delivery;
    private final SyncProperties properties;
    private final WakeUp wakeUp;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    DeliveryWorkers(Outbox outbox, FanOuts fanOuts, Delivery delivery, SyncProperties properties, WakeUp wakeUp) {
        this.outbox = outbox;
        this.fanOuts = fanOuts;
        this.delivery = delivery;
        this.properties = properties;
        this.wakeUp = wakeUp;
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
                boolean busy = fanOuts.expandNext();
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

    private boolean deliverBatch() {
        long claimedAt = System.nanoTime();
        List<ClaimedTask> claimed = outbox.claim(UUID.randomUUID(), properties.batchSize(), properties.lease());
        List<Outbox.Delivered> completions = new ArrayList<>();
        BatchConnections connections = delivery.connectionsForBatch();
        try {
            for (int i = 0; i < claimed.size(); i++) {
                if (!running) {
                    outbox.release(claimed.subList(i, claimed.size()));
                    break;
                }
                delivery.deliverSafely(claimed.get(i), connections, completions);
                // A slow platform: record what is delivered well before the batch's lease runs out, so that
                // no other worker takes those tasks again.
                if (System.nanoTime() - claimedAt > properties.lease().toNanos() / 3) {
                    delivery.complete(completions);
                    completions.clear();
                }
            }
        } finally {
            // Also on shutdown: what was delivered is recorded before the worker stops.
            delivery.complete(completions);
        }
        return !claimed.isEmpty();
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
