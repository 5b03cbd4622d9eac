package uk.learnersync.provider.sync.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The read-back and the daily reconciliation run on a schedule (their settings are in the README). */
@Configuration
@EnableScheduling
class SyncScheduling {
}
