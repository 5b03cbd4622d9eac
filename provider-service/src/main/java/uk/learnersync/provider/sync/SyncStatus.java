package uk.learnersync.provider.sync;

import java.time.Instant;

/**
 * The provider's backlog. {@code pending} counts everything not yet finished, retries and fan-outs not
 * yet expanded included, so that {@code pending == 0} means the platforms have been told everything.
 */
public record SyncStatus(long pending, long retrying, long blocked, long delivered, Instant oldestPendingSince) {
}
