/**
 * The synchronisation engine: the seed's rules as data ({@code policy.RuleTable}), an outbox written
 * in the same transaction as each change, and delivery workers that claim each learner's oldest
 * unfinished task with a lease, call the EPA platform outside any transaction through the
 * {@link uk.learnersync.provider.sync.EpaPlatformConnector} SPI, and record every attempt.
 */
package uk.learnersync.provider.sync;
