package uk.learnersync.provider.epapro;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.provider.sync.EpaPlatformConnector;
import uk.learnersync.provider.sync.LearnerSnapshot;
import uk.learnersync.provider.sync.SyncProperties;

/** The connector to platforms that speak the EPA platform API (docs/EPA-PLATFORM-API.md). */
@Component
class EpaProConnector implements EpaPlatformConnector {

    private final HttpClient http;
    private final JsonMapper json;
    private final SyncProperties properties;

    EpaProConnector(JsonMapper json, SyncProperties properties) {
        this.json = json;
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .executor(Executors.newCachedThreadPool(runnable -> {
                    Thread thread = new Thread(runnable, "epapro-http");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build();
    }

    @Override
    public DeliveryResult deliver(DeliveryRequest request) {
        Call call = callFor(request);
        String body = json.writeValueAsString(call.body());
        HttpRequest httpRequest = HttpRequest.newBuilder(URI.create(trimSlash(request.credentials().baseUrl()) + call.path()))
                .timeout(properties.readTimeout())
                .header("Authorization", "Bearer " + request.credentials().apiToken())
                .header("Idempotency-Key", request.idempotencyKey())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(call.method(), HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new DeliveryResult(Outcome.TRANSIENT, body, null,
                    "No answer from " + request.credentials().baseUrl() + ": " + e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult(Outcome.TRANSIENT, body, null, "Interrupted while waiting for the platform", null);
        }
        int status = response.statusCode();
        return new DeliveryResult(classify(status), body, status, response.body(),
                status / 100 == 2 ? apprenticeIdIn(response.body()) : null);
    }

    static Outcome classify(int status) {
        if (status / 100 == 2) {
            return Outcome.DELIVERED;
        }
        if (status / 100 == 5 || status == 429 || status == 408) {
            return Outcome.TRANSIENT;
        }
        return Outcome.PERMANENT;
    }

    private static Call callFor(DeliveryRequest request) {
        LearnerSnapshot snapshot = request.snapshot();
        String apprentice = "/api/v1/apprentices/" + request.apprenticeId();
        Map<String, Object> payload = request.payload() == null ? Map.of() : request.payload();
        return switch (request.action()) {
            case REGISTER -> new Call("POST", "/api/v1/apprentices", registration(snapshot));
            case UPDATE_LEARNER_DETAILS -> new Call("PUT", apprentice + "/learner", snapshot.learner());
            case UPDATE_EMPLOYER -> new Call("PUT", apprentice + "/employer", snapshot.employer());
            case UPDATE_EMPLOYER_CONTACT -> new Call("PUT", apprentice + "/employer-contact", snapshot.employerContact());
            case UPDATE_TUTOR -> new Call("PUT", apprentice + "/tutor", snapshot.tutor());
            case UPDATE_PROGRAMME_DATES -> new Call("PUT", apprentice + "/programme-dates", Map.of(
                    "startDate", snapshot.programme().startDate(),
                    "plannedEndDate", snapshot.programme().plannedEndDate()));
            case RECORD_CIRCUMSTANCE, WITHDRAW_FROM_CONNECTION -> new Call("POST", apprentice + "/circumstances", payload);
            case CHANGE_PROGRAMME -> new Call("POST", apprentice + "/programme-changes", Map.of(
                    "effectiveDate", payload.get("effectiveDate"),
                    "programme", snapshot.programme()));
            case NOTHING -> throw new IllegalArgumentException("Nothing is sent for a NOTHING action");
        };
    }

    private static Map<String, Object> registration(LearnerSnapshot snapshot) {
        LearnerSnapshot.Details learner = snapshot.learner();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uln", learner.uln());
        body.put("givenNames", learner.givenNames());
        body.put("familyName", learner.familyName());
        body.put("dateOfBirth", learner.dateOfBirth());
        body.put("sex", learner.sex());
        body.put("ethnicity", learner.ethnicity());
        body.put("email", learner.email());
        body.put("employer", snapshot.employer());
        body.put("employerContact", snapshot.employerContact());
        body.put("tutor", snapshot.tutor());
        body.put("programme", snapshot.programme());
        return body;
    }

    private String apprenticeIdIn(String body) {
        try {
            JsonNode node = json.readTree(body);
            JsonNode id = node.get("apprenticeId");
            return id == null || id.isNull() ? null : id.asString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String trimSlash(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    private record Call(String method, String path, Object body) {
    }
}
