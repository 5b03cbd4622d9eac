package uk.learnersync.provider.sync;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sync engine ({@code learnersync.sync.*}; each is in the README).
 *
 * @param enabled         whether this instance runs delivery workers (writes to the outbox always happen)
 * @param workers         delivery threads of this instance
 * @param batchSize       tasks one worker claims at a time (one per learner)
 * @param lease           how long a claim holds a task; a crashed instance's claims expire after it
 * @param maxAttempts     transient failures before a task is blocked for a person to act
 * @param backoffBase     the first retry's delay; doubled per attempt, with jitter
 * @param backoffCap      the longest delay between two attempts
 * @param pollInterval    how often idle workers look for work that no commit announced (e.g. another instance's)
 * @param fanOutBatchSize learners expanded from a fan-out per transaction
 * @param connectTimeout  connector: time to open a connection to a platform
 * @param readTimeout     connector: time to wait for a platform's answer
 * @param readbackInterval   how often each connection's change feed is read back (TW-1..TW-3)
 * @param reconciliationCron when every provider's records are reconciled with their platforms (TW-4)
 */
@ConfigurationProperties("learnersync.sync")
public record SyncProperties(boolean enabled, int workers, int batchSize, Duration lease, int maxAttempts,
                             Duration backoffBase, Duration backoffCap, Duration pollInterval, int fanOutBatchSize,
                             Duration connectTimeout, Duration readTimeout, Duration readbackInterval,
                             String reconciliationCron) {
}
