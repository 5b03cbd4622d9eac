package uk.learnersync.provider.sync.internal;

import java.time.Instant;

/** One delivery attempt as the sync log keeps it (AU-1): what was sent and what came back. */
record Attempt(Instant startedAt, String request, Integer responseStatus, String responseBody, String error) {
}
