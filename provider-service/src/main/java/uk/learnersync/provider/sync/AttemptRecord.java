package uk.learnersync.provider.sync;

import java.time.Instant;

public record AttemptRecord(int attempt, Instant startedAt, Instant finishedAt, String request, Integer responseStatus,
                     String responseBody, String outcome, String error) {
}
