package uk.learnersync.provider.sync.internal;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes idle delivery workers as soon as new work commits, so that a change does not wait for the
 * next poll; polling remains only for work that another instance committed.
 */
@Component
class WakeUp {

    private static final int MAX_PERMITS = 64;

    private final Semaphore signal = new Semaphore(0);

    /** Wakes the workers after the current transaction commits (at once when there is none). */
    void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    now();
                }
            });
        } else {
            now();
        }
    }

    void now() {
        if (signal.availablePermits() < MAX_PERMITS) {
            signal.release(8);
        }
    }

    /** Waits for a wake-up or the timeout; true when woken. */
    boolean await(Duration timeout) throws InterruptedException {
        boolean woken = signal.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (woken) {
            signal.drainPermits();
        }
        return woken;
    }
}
