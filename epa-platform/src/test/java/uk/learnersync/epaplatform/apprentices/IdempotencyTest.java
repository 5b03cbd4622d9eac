package uk.learnersync.epaplatform.apprentices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import uk.learnersync.epaplatform.support.EpaPlatformTest;
import uk.learnersync.testing.Api;

class IdempotencyTest extends EpaPlatformTest {

    @Test
    void aRepeatedKeyHasOneEffectAndGetsTheFirstAnswerWhateverItsBody() {
        String uln = nextUln();
        Api.Response first = api.write("POST", "/api/v1/apprentices", registration(uln), "register-" + uln).expect(201);

        Api.Response again = api.write("POST", "/api/v1/apprentices", registration(nextUln()), "register-" + uln);
        Api.Response malformed = api.send("POST", "/api/v1/apprentices", "{not json", "register-" + uln);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(malformed.status()).isEqualTo(201);
        assertThat(malformed.text()).isEqualTo(first.text());
        assertThat(admin.get("/admin/organisations/" + epaoId + "/apprentices").expect(200).items()).hasSize(1);
    }

    @Test
    void aRepeatedUpdateIsRecordedOnce() {
        String id = (String) register(api, nextUln()).get("apprenticeId");
        String path = "/api/v1/apprentices/" + id + "/circumstances";
        Map<String, Object> pause = Map.of("type", "BREAK_IN_LEARNING", "effectiveDate", "2026-01-15");

        String firstAnswer = api.write("POST", path, pause, "break-1").expect(200).text();
        String secondAnswer = api.write("POST", path, pause, "break-1").expect(200).text();

        assertThat(secondAnswer).isEqualTo(firstAnswer);
        assertThat((List<?>) api.get("/api/v1/apprentices/" + id).body().get("circumstances")).hasSize(1);
        assertThat(admin.get("/admin/organisations/" + epaoId + "/apprentices/" + id + "/history").items())
                .extracting(entry -> entry.get("call")).containsExactly("REGISTER", "RECORD_CIRCUMSTANCE");
    }

    @Test
    void aKeyIsPerConnection() {
        String uln = nextUln();
        String otherUln = nextUln();
        Api other = connect(epaoId, nextUkprn());

        api.write("POST", "/api/v1/apprentices", registration(uln), "shared-key").expect(201);
        other.write("POST", "/api/v1/apprentices", registration(otherUln), "shared-key").expect(201);

        assertThat(atOrganisation(epaoId, uln)).hasSize(1);
        assertThat(atOrganisation(epaoId, otherUln)).hasSize(1);
    }

    @Test
    void aRefusedWriteDoesNotUseUpItsKey() {
        String uln = nextUln();
        Map<String, Object> bad = new HashMap<>(registration(uln));
        bad.put("sex", "X");

        api.write("POST", "/api/v1/apprentices", bad, "fix-and-retry").expect(400);
        api.write("POST", "/api/v1/apprentices", registration(uln), "fix-and-retry").expect(201);

        assertThat(atOrganisation(epaoId, uln)).hasSize(1);
    }

    @Test
    void concurrentCallsWithTheSameKeyApplyOnce() throws Exception {
        String uln = nextUln();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Api.Response>> calls = List.of(1, 2).stream()
                    .map(i -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return api.write("POST", "/api/v1/apprentices", registration(uln), "race-" + uln);
                    }, threads))
                    .toList();
            Api.Response one = calls.get(0).get();
            Api.Response two = calls.get(1).get();

            assertThat(one.status()).isEqualTo(201);
            assertThat(two.status()).isEqualTo(201);
            assertThat(two.text()).isEqualTo(one.text());
            assertThat(atOrganisation(epaoId, uln)).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
