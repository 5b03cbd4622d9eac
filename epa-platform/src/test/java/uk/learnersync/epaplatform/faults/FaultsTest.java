package uk.learnersync.epaplatform.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.epaplatform.support.Api;
import uk.learnersync.epaplatform.support.EpaPlatformTest;

class FaultsTest extends EpaPlatformTest {

    @AfterEach
    void restore() {
        admin.put("/admin/faults", Map.of("mode", "NONE")).expect(200);
    }

    @Test
    void downAnswers503ToTheProviderApiButNotToTheOperatorOrHealth() {
        String id = (String) register(api, nextUln()).get("apprenticeId");
        assertThat(admin.put("/admin/faults", Map.of("mode", "DOWN")).expect(200).body()).containsEntry("mode", "DOWN");

        Api.Response down = api.get("/api/v1/apprentices/" + id).expect(503);
        assertThat(down.contentType()).startsWith("application/problem+json");
        api.write("POST", "/api/v1/apprentices", registration(nextUln())).expect(503);
        admin.get("/admin/organisations/" + epaoId + "/apprentices").expect(200);
        admin.withToken(null).get("/actuator/health").expect(200);
        assertThat(admin.get("/admin/faults").expect(200).body()).containsEntry("mode", "DOWN");

        admin.put("/admin/faults", Map.of("mode", "NONE")).expect(200);
        api.get("/api/v1/apprentices/" + id).expect(200);
    }

    @Test
    void errorsAnswer500AndApplyNothing() {
        String uln = nextUln();
        String id = (String) register(api, uln).get("apprenticeId");
        admin.put("/admin/faults", Map.of("mode", "ERRORS", "errorRate", 1.0)).expect(200);

        api.write("POST", "/api/v1/apprentices", registration(nextUln()), "during-errors").expect(500);
        api.write("PUT", "/api/v1/apprentices/" + id + "/tutor", contact("Joan", "Clarke")).expect(500);

        admin.put("/admin/faults", Map.of("mode", "NONE")).expect(200);
        assertThat(admin.get("/admin/organisations/" + epaoId + "/apprentices").items()).hasSize(1);
        assertThat(api.get("/api/v1/apprentices/" + id).expect(200).body().get("tutor"))
                .isEqualTo(contact("Alan", "Turing"));
        // The failed call stored no answer: its retry is applied.
        api.write("POST", "/api/v1/apprentices", registration(nextUln()), "during-errors").expect(201);
    }

    @Test
    void errorsAtRateZeroFailNothing() {
        admin.put("/admin/faults", Map.of("mode", "ERRORS", "errorRate", 0)).expect(200);

        register(api, nextUln());
    }

    @Test
    void slowAnswersAfterTheDelay() {
        String id = (String) register(api, nextUln()).get("apprenticeId");
        admin.put("/admin/faults", Map.of("mode", "SLOW", "delayMs", 400)).expect(200);

        long started = System.nanoTime();
        api.get("/api/v1/apprentices/" + id).expect(200);
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(tookMs).isGreaterThanOrEqualTo(400);
        long adminStarted = System.nanoTime();
        admin.get("/admin/faults").expect(200);
        assertThat((System.nanoTime() - adminStarted) / 1_000_000).isLessThan(400);
    }

    @Test
    void rejectRefusesEveryWriteWith422ButStillAnswersReads() {
        String id = (String) register(api, nextUln()).get("apprenticeId");
        admin.put("/admin/faults", Map.of("mode", "REJECT")).expect(200);

        Api.Response refused = api.write("PUT", "/api/v1/apprentices/" + id + "/tutor", contact("Joan", "Clarke"))
                .expect(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        api.write("POST", "/api/v1/apprentices", registration(nextUln())).expect(422);
        api.get("/api/v1/apprentices/" + id).expect(200);

        admin.put("/admin/faults", Map.of("mode", "NONE")).expect(200);
        api.write("PUT", "/api/v1/apprentices/" + id + "/tutor", contact("Joan", "Clarke")).expect(200);
    }

    @Test
    void refusesBadFaultSettingsAndKeepsTheCurrentOnes() {
        assertThat(admin.put("/admin/faults", Map.of("mode", "BROKEN", "errorRate", 1.5, "delayMs", 60_001))
                .expect(400).fieldErrors()).containsOnlyKeys("mode", "errorRate", "delayMs");
        assertThat(admin.put("/admin/faults", Map.of("errorRate", 0.5)).expect(400).fieldErrors())
                .containsOnlyKeys("mode");
        assertThat(admin.get("/admin/faults").expect(200).body()).containsEntry("mode", "NONE");
        assertThat(admin.put("/admin/faults", Map.of("mode", "ERRORS")).expect(200).body())
                .containsEntry("errorRate", 0.3).containsEntry("delayMs", 2000);
    }
}
