package uk.learnersync.provider.sync;

import java.util.Map;

import uk.learnersync.provider.epa.EpaConnections.Credentials;
import uk.learnersync.provider.sync.policy.SyncAction;

/**
 * The connector SPI: how the sync engine tells one EPA platform one thing. An implementation maps
 * the request to the platform's API, makes one call, and classifies the outcome; it never retries
 * (the engine does, with backoff and the same idempotency key).
 */
public interface EpaPlatformConnector {

    DeliveryResult deliver(DeliveryRequest request);

    /**
     * @param apprenticeId   the platform's ID of the learner's record; {@code null} only for {@code REGISTER}
     * @param snapshot       the learner's record now
     * @param payload        what the change itself carried (a circumstance's type, date and detail), or {@code null}
     * @param idempotencyKey the same for every attempt of one task, so that a retried call applies once
     */
    record DeliveryRequest(Credentials credentials, SyncAction action, String apprenticeId, LearnerSnapshot snapshot,
                           Map<String, Object> payload, String idempotencyKey) {
    }

    /**
     * @param outcome        delivered, or failed in a way worth retrying, or failed for good
     * @param requestBody    what was sent, as JSON (for the sync log)
     * @param responseStatus the HTTP status, or {@code null} when no answer came
     * @param responseBody   the answer (or the failure), for the sync log
     * @param apprenticeId   the platform's ID of the record, when it answered with one
     */
    record DeliveryResult(Outcome outcome, String requestBody, Integer responseStatus, String responseBody,
                          String apprenticeId) {
    }

    enum Outcome {
        DELIVERED,
        /** Timeouts, refused connections, 5xx and 429: worth retrying later. */
        TRANSIENT,
        /** Any other refusal (4xx): retrying cannot help until a person acts. */
        PERMANENT
    }
}
