package uk.learnersync.epaplatform.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.epaplatform.support.EpaPlatformTest;
import uk.learnersync.testing.Api;

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
    void aFaultScopedToAProviderFailsOnlyTheCallsOfThatProvidersConnections() {
        String id = (String) register(api, nextUln()).get("apprenticeId");
        Api otherProvider = connect(epaoId, nextUkprn());
        String otherId = (String) register(otherProvider, nextUln()).get("apprenticeId");
        Api sameProviderElsewhere = connect(newOrganisation("Elsewhere"), ukprn);

        assertThat(admin.put("/admin/faults", Map.of("mode", "DOWN", "providerUkprn", ukprn)).expect(200).body())
                .containsEntry("providerUkprn", ukprn).containsEntry("mode", "DOWN");

        api.get("/api/v1/apprentices/" + id).expect(503);
        sameProviderElsewhere.write("POST", "/api/v1/apprentices", registration(nextUln())).expect(503);
        otherProvider.get("/api/v1/apprentices/" + otherId).expect(200);
        otherProvider.write("POST", "/api/v1/apprentices", registration(nextUln())).expect(201);
        assertThat(admin.get("/admin/faults").expect(200).body()).containsEntry("mode", "NONE")
                .containsEntry("scoped", List.of(Map.of("providerUkprn", ukprn, "mode", "DOWN", "errorRate", 0.3,
                        "delayMs", 2000)));

        admin.put("/admin/faults", Map.of("mode", "NONE", "providerUkprn", ukprn)).expect(200);
        api.get("/api/v1/apprentices/" + id).expect(200);
        assertThat(admin.get("/admin/faults").expect(200).body()).containsEntry("scoped", List.of());
    }

    @Test
    void severalScopedFaultsStandBesideAGlobalOneAndNoneWithoutAUkprnClearsThemAll() {
        String first = (String) register(api, nextUln()).get("apprenticeId");
        String secondUkprn = nextUkprn();
        Api second = connect(epaoId, secondUkprn);
        String secondId = (String) register(second, nextUln()).get("apprenticeId");
        Api third = connect(epaoId, nextUkprn());
        String thirdId = (String) register(third, nextUln()).get("apprenticeId");

        admin.put("/admin/faults", Map.of("mode", "REJECT", "providerUkprn", ukprn)).expect(200);
        admin.put("/admin/faults", Map.of("mode", "ERRORS", "errorRate", 1.0, "providerUkprn", secondUkprn))
                .expect(200);
        admin.put("/admin/faults", Map.of("mode", "DOWN")).expect(200);

        // A provider's own fault replaces the global one for its calls.
        api.write("PUT", "/api/v1/apprentices/" + first + "/tutor", contact("Joan", "Clarke")).expect(422);
        api.get("/api/v1/apprentices/" + first).expect(200);
        second.get("/api/v1/apprentices/" + secondId).expect(500);
        third.get("/api/v1/apprentices/" + thirdId).expect(503);
        // A call whose token names no connection meets the global fault, as a platform that is down answers.
        api.withToken("epc_not-a-real-token").get("/api/v1/apprentices/" + first).expect(503);
        Map<String, Object> active = admin.get("/admin/faults").expect(200).body();
        assertThat(active).containsEntry("mode", "DOWN");
        List<?> scopedUkprns = ((List<?>) active.get("scoped")).stream()
                .map(fault -> ((Map<?, ?>) fault).get("providerUkprn"))
                .toList();
        assertThat(scopedUkprns).isEqualTo(List.copyOf(new TreeSet<>(List.of(ukprn, secondUkprn))));

        admin.put("/admin/faults", Map.of("mode", "NONE", "providerUkprn", secondUkprn)).expect(200);
        second.get("/api/v1/apprentices/" + secondId).expect(503);

        admin.put("/admin/faults", Map.of("mode", "NONE")).expect(200);
        api.write("PUT", "/api/v1/apprentices/" + first + "/tutor", contact("Joan", "Clarke")).expect(200);
        second.get("/api/v1/apprentices/" + secondId).expect(200);
        third.get("/api/v1/apprentices/" + thirdId).expect(200);
        assertThat(admin.get("/admin/faults").expect(200).body()).containsEntry("mode", "NONE")
                .containsEntry("scoped", List.of());
    }

    @Test
    void aScopedFaultLeavesCallsWithoutAValidTokenToBeRefusedWith401() {
        admin.put("/admin/faults", Map.of("mode", "DOWN", "providerUkprn", ukprn)).expect(200);

        api.withToken("epc_not-a-real-token").get("/api/v1/apprentices/00000000-0000-0000-0000-000000000000")
                .expect(401);
        api.withToken(null).write("POST", "/api/v1/apprentices", registration(nextUln())).expect(401);
    }

    @Test
    void refusesBadFaultSettingsAndKeepsTheCurrentOnes() {
        assertThat(admin.put("/admin/faults", Map.of("mode", "BROKEN", "errorRate", 1.5, "delayMs", 60_001))
                .expect(400).fieldErrors()).containsOnlyKeys("mode", "errorRate", "delayMs");
        assertThat(admin.put("/admin/faults", Map.of("errorRate", 0.5)).expect(400).fieldErrors())
                .containsOnlyKeys("mode");
        assertThat(admin.put("/admin/faults", Map.of("mode", "DOWN", "providerUkprn", "1234")).expect(400)
                .fieldErrors()).containsOnlyKeys("providerUkprn");
        assertThat(admin.get("/admin/faults").expect(200).body()).containsEntry("mode", "NONE");
        assertThat(admin.put("/admin/faults", Map.of("mode", "ERRORS")).expect(200).body())
                .containsEntry("errorRate", 0.3).containsEntry("delayMs", 2000);
    }
}
