package uk.learnersync.provider.sync;

import java.util.List;
import java.util.Map;

import uk.learnersync.provider.epa.EpaConnection;
import uk.learnersync.provider.sync.policy.SyncAction;

/**
 * The connector SPI: how the sync engine tells one EPA platform one thing. An implementation maps
 * the request to the platform's API, makes one call, and classifies the outcome; it never retries
 * (the engine does, with backoff and the same idempotency key). The engine names the connection; the
 * connector reads its credentials for each call, so a replaced token is used from the next call on,
 * on every instance (CV-2), and the engine never holds a decrypted token.
 */
public interface EpaPlatformConnector {

    DeliveryResult deliver(DeliveryRequest request);

    /**
     * The changes to the connection's records after {@code cursor} ({@code null}: from the start),
     * oldest first: what the EPAO's staff did and the connection's own writes (TW-1..TW-3).
     *
     * @throws PlatformReadException when the platform does not answer or refuses, or the connection was removed
     */
    FeedPage readChanges(EpaConnection connection, String cursor, int limit);

    /**
     * A page of the connection's records in the platform's order, after {@code after} ({@code null}:
     * the first), to reconcile them with what they should hold (TW-4).
     *
     * @throws PlatformReadException when the platform does not answer or refuses, or the connection was removed
     */
    RecordPage readRecords(EpaConnection connection, String after, int limit);

    /**
     * @param byEpao whether the EPAO's staff made the change (a gateway, a result, a withdrawal, an edit),
     *               rather than the connection's own write
     * @param kind   what happened, in the platform's words
     * @param record the record right after the change
     */
    record ObservedChange(String cursor, String apprenticeId, String kind, boolean byEpao, ObservedRecord record) {
    }

    record FeedPage(List<ObservedChange> changes, String nextCursor) {
    }

    /** @param next where the next page starts; {@code null} after the last */
    record RecordPage(List<ObservedRecord> records, String next) {
    }

    /** A read the platform did not answer, or refused; {@code outcome} says which, as for a delivery. */
    final class PlatformReadException extends RuntimeException {

        private final Outcome outcome;

        public PlatformReadException(Outcome outcome, String message) {
            super(message);
            this.outcome = outcome;
        }

        public Outcome outcome() {
            return outcome;
        }
    }

    /**
     * @param connection     the connection to call through; a connection removed since it was read is
     *                       {@code PERMANENT}
     * @param apprenticeId   the platform's ID of the learner's record; {@code null} only for {@code REGISTER}
     * @param record         what the platform should hold, read when the call is made: the call sends the
     *                       sections of it that its action is about, or all of it to register
     * @param payload        what the change itself carried (a circumstance's type, date and detail), or {@code null}
     * @param idempotencyKey the same for every attempt of one task, so that a retried call applies once
     */
    record DeliveryRequest(EpaConnection connection, SyncAction action, String apprenticeId, PlatformRecord record,
                           Map<String, Object> payload, String idempotencyKey) {
    }

    /**
     * @param outcome        delivered, or failed in a way worth retrying, or refused in one of three ways
     * @param requestBody    what was sent, as JSON (for the sync log)
     * @param responseStatus the HTTP status, or {@code null} when no answer came
     * @param responseBody   the answer (or the failure), for the sync log
     * @param apprenticeId   the platform's ID of the record, when it answered a registration with one
     * @param refusal        for {@code REFUSED}, the platform's code and reason in words
     */
    record DeliveryResult(Outcome outcome, String requestBody, Integer responseStatus, String responseBody,
                          String apprenticeId, String refusal) {
    }

    enum Outcome {
        DELIVERED,
        /** Timeouts, refused connections, 5xx and 429: worth retrying later. */
        TRANSIENT,
        /** 401 or 403: the platform does not accept the connection's credentials; the connection waits (CV-2). */
        CREDENTIALS_REFUSED,
        /** A refusal with a business reason the platform names in a {@code code} (TW-1): final, holds nothing. */
        REFUSED,
        /** Any other refusal (4xx): retrying cannot help until a person acts, so the task is blocked. */
        PERMANENT
    }
}
