package uk.learnersync.provider.sync.internal;

import java.time.Instant;

record AttemptRecord(int attempt, Instant startedAt, Instant finishedAt, String request, Integer responseStatus,
                     String responseBody, String outcome, String error) {
}
