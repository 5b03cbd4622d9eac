package uk.learnersync.provider.sync;

import java.time.Instant;

/**
 * The provider's backlog. {@code pending} counts everything not yet finished, retries and fan-outs not
 * yet expanded included, so that {@code pending == 0} means the platforms have been told everything.
 *
 * @param waiting  of those, the tasks held because a platform refuses their connection's credentials (CV-2)
 * @param refused  tasks a platform refused for a business reason it named (final; they hold nothing)
 * @param expanding fan-outs not yet expanded into per-learner tasks (counted in {@code pending} too)
 */
public record SyncStatus(long pending, long retrying, long blocked, long delivered, long waiting, long refused,
                         long expanding, Instant oldestPendingSince) {
}
