package uk.learnersync.provider.epapro;

import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.provider.epa.EpaConnection;
import uk.learnersync.provider.epa.credentials.ConnectionCredentials;
import uk.learnersync.provider.epa.credentials.Credentials;
import uk.learnersync.provider.epapro.PlatformClient.Answer;
import uk.learnersync.provider.sync.EpaPlatformConnector;
import uk.learnersync.provider.sync.ObservedRecord;
import uk.learnersync.provider.sync.PlatformRecord;
import uk.learnersync.provider.sync.PlatformStatus;
import uk.learnersync.provider.sync.SyncProperties;
import uk.learnersync.provider.sync.policy.SyncAction;

/** The connector to platforms that speak the EPA platform API (docs/EPA-PLATFORM-API.md). */
@Component
class EpaProConnector implements EpaPlatformConnector {

    private final PlatformClient platform;
    private final ConnectionCredentials credentials;
    private final JsonMapper json;
    private final Duration readTimeout;

    EpaProConnector(ConnectionCredentials credentials, JsonMapper json, SyncProperties properties) {
        this.credentials = credentials;
        this.json = json;
        this.readTimeout = properties.readTimeout();
        this.platform = new PlatformClient(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .executor(Executors.newCachedThreadPool(runnable -> {
                    Thread thread = new Thread(runnable, "epapro-http");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build(), properties.readTimeout());
    }

    @Override
    public DeliveryResult deliver(DeliveryRequest request) {
        Call call = callFor(request);
        String body = json.writeValueAsString(call.body());
        Optional<Credentials> current = credentials.credentials(request.connection().providerId(),
                request.connection().id());
        if (current.isEmpty()) {
            return new DeliveryResult(Outcome.PERMANENT, body, null, removed(request.connection()), null, null);
        }
        Answer answer;
        try {
            answer = platform.send(current.get(), call.method(), call.path(), body, request.idempotencyKey());
        } catch (RestClientException e) {
            return new DeliveryResult(Outcome.TRANSIENT, body, null, noAnswer(current.get(), e), null, null);
        }
        int status = answer.status();
        String code = status / 100 == 4 ? field(answer.body(), "code") : null;
        Outcome outcome = classify(status, code);
        return new DeliveryResult(outcome, body, status, answer.body(),
                // Only a registration's answer names a new ID: the others are not parsed (a fan-out sends thousands).
                outcome == Outcome.DELIVERED && request.action() == SyncAction.REGISTER
                        ? field(answer.body(), "apprenticeId") : null,
                outcome == Outcome.REFUSED ? code + ": " + field(answer.body(), "detail") : null);
    }

    @Override
    public FeedPage readChanges(EpaConnection connection, String cursor, int limit) {
        JsonNode page = read(connection, "/api/v1/changes?limit=" + limit + (cursor == null ? "" : "&after=" + cursor));
        List<ObservedChange> changes = new ArrayList<>();
        for (JsonNode item : page.path("items")) {
            changes.add(new ObservedChange(item.path("cursor").asString(), item.path("apprenticeId").asString(),
                    item.path("kind").asString(), "EPAO".equals(item.path("origin").asString()),
                    PlatformRecords.observed(item.get("record"))));
        }
        return new FeedPage(changes, page.path("nextCursor").asString());
    }

    @Override
    public RecordPage readRecords(EpaConnection connection, String after, int limit) {
        JsonNode page = read(connection, "/api/v1/apprentices?limit=" + limit + (after == null ? "" : "&after=" + after));
        List<ObservedRecord> records = new ArrayList<>();
        page.path("items").forEach(item -> records.add(PlatformRecords.observed(item)));
        JsonNode next = page.get("next");
        return new RecordPage(records, next == null || next.isNull() ? null : next.asString());
    }

    /** One GET of the platform's provider-facing API; anything but 200 is a {@link PlatformReadException}. */
    private JsonNode read(EpaConnection connection, String pathAndQuery) {
        Credentials current = credentials.credentials(connection.providerId(), connection.id())
                .orElseThrow(() -> new PlatformReadException(Outcome.PERMANENT, removed(connection)));
        Answer answer;
        try {
            answer = platform.get(current, pathAndQuery);
        } catch (RestClientException e) {
            throw new PlatformReadException(Outcome.TRANSIENT, noAnswer(current, e));
        }
        if (answer.status() != 200) {
            throw new PlatformReadException(classify(answer.status(), null), "HTTP " + answer.status() + " from "
                    + current.baseUrl() + pathAndQuery.replaceAll("\\?.*", ""));
        }
        return json.readTree(answer.body());
    }

    private static String removed(EpaConnection connection) {
        return "The EPA connection " + connection.id() + " was removed";
    }

    /**
     * Why no answer came, for the sync log: the I/O failure's own words, except for the read timeout,
     * which Spring reports as a cancelled request.
     */
    private String noAnswer(Credentials credentials, RestClientException e) {
        if (Thread.currentThread().isInterrupted()) {
            return "Interrupted while waiting for the platform";
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String why = cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)
                ? "timed out after " + readTimeout.toMillis() + " ms waiting for the answer"
                : cause.toString();
        return "No answer from " + credentials.baseUrl() + ": " + why;
    }

    /**
     * 2xx delivered; 5xx, 408 and 429 worth retrying; 401 and 403 are about the connection's credentials,
     * not the learner; a 4xx that names a business {@code code} is the platform's stated refusal; any
     * other 4xx needs a person.
     */
    static Outcome classify(int status, String code) {
        if (status / 100 == 2) {
            return Outcome.DELIVERED;
        }
        if (status / 100 == 5 || status == 429 || status == 408) {
            return Outcome.TRANSIENT;
        }
        if (status == 401 || status == 403) {
            return Outcome.CREDENTIALS_REFUSED;
        }
        return code == null ? Outcome.PERMANENT : Outcome.REFUSED;
    }

    private static Call callFor(DeliveryRequest request) {
        PlatformRecord record = request.record();
        String apprentice = "/api/v1/apprentices/" + request.apprenticeId();
        Map<String, Object> payload = request.payload() == null ? Map.of() : request.payload();
        return switch (request.action()) {
            case REGISTER -> new Call("POST", "/api/v1/apprentices", registration(record));
            case UPDATE_LEARNER_DETAILS -> new Call("PUT", apprentice + "/learner", record.learner());
            case UPDATE_EMPLOYER -> new Call("PUT", apprentice + "/employer", record.employer());
            case UPDATE_EMPLOYER_CONTACT -> new Call("PUT", apprentice + "/employer-contact", record.employerContact());
            case UPDATE_TUTOR -> new Call("PUT", apprentice + "/tutor", record.tutor());
            case UPDATE_PROGRAMME_DATES -> new Call("PUT", apprentice + "/programme-dates", Map.of(
                    "startDate", record.programme().startDate(),
                    "plannedEndDate", record.programme().plannedEndDate()));
            case UPDATE_PROGRAMME -> new Call("PUT", apprentice + "/programme", record.programme());
            case RECORD_CIRCUMSTANCE, WITHDRAW_FROM_CONNECTION -> new Call("POST", apprentice + "/circumstances", payload);
            case CHANGE_PROGRAMME -> new Call("POST", apprentice + "/programme-changes", Map.of(
                    "effectiveDate", payload.get("effectiveDate"),
                    "programme", payload.getOrDefault("programme", record.programme())));
            case NOTHING -> throw new IllegalArgumentException("Nothing is sent for a NOTHING action");
        };
    }

    /** The whole record; a learner who is not on programme is registered in the status they are in (CV-4). */
    private static Map<String, Object> registration(PlatformRecord record) {
        PlatformRecord.Details learner = record.learner();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uln", learner.uln());
        body.put("givenNames", learner.givenNames());
        body.put("familyName", learner.familyName());
        body.put("dateOfBirth", learner.dateOfBirth());
        body.put("sex", learner.sex());
        body.put("ethnicity", learner.ethnicity());
        body.put("email", learner.email());
        body.put("employer", record.employer());
        body.put("employerContact", record.employerContact());
        body.put("tutor", record.tutor());
        body.put("programme", record.programme());
        if (record.status() != PlatformStatus.ON_PROGRAMME) {
            body.put("status", record.status().name());
        }
        return body;
    }

    /** A top-level text field of a JSON answer, or {@code null} when there is none or the answer is no JSON. */
    private String field(String body, String name) {
        try {
            JsonNode value = json.readTree(body).get(name);
            return value == null || value.isNull() ? null : value.asString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private record Call(String method, String path, Object body) {
    }
}
