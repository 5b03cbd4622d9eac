package uk.learnersync.provider.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.EndToEndTest;

/**
 * A platform that answers later than the connector waits (read timeout 5 s, answer after 6 s):
 * the delivery times out and is retried with the same idempotency key, and the change is applied
 * on the platform exactly once.
 */
class SlowPlatformTest extends EndToEndTest {

    private static final String EPAO = "EPA0008";

    @AfterEach
    void platformBackToNormal() {
        scenario.fault("NONE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void NL_1_aChangeWhoseAnswerComesAfterTheReadTimeoutIsRetriedAndAppliedOnce() {
        scenario.connectTo(EPAO);
        Map<String, String> employer = scenario.employer("Slow Ltd", "LS6 2AA");
        String learner = scenario.learner(scenario.programme(EPAO), Map.of("employerId", employer.get("id"),
                "employerAddressId", employer.get("addressId")));
        scenario.register(learner);
        scenario.awaitSynced();
        scenario.fault("SLOW", Map.of("delayMs", 6000));

        api.patch("/api/v1/learners/" + learner, Map.of("familyName", "Slowly")).expect(200);
        scenario.awaitStatusAtLeast("retrying", 1);
        scenario.fault("NONE");
        scenario.awaitSynced();

        Map<String, Object> task = scenario.syncLog(learner).get(1);
        assertThat(task).containsEntry("status", "DELIVERED");
        assertThat((int) task.get("attempts")).isGreaterThanOrEqualTo(2);
        List<Map<String, Object>> attempts = (List<Map<String, Object>>) api.get("/api/v1/sync/tasks/" + task.get("id"))
                .expect(200).body().get("attempts");
        assertThat((String) attempts.get(0).get("error")).containsIgnoringCase("timed out");
        Map<String, Object> record = scenario.platformRecord(EPAO, learner);
        assertThat(record).containsEntry("familyName", "Slowly");
        List<Map<String, Object>> updates = platformAdmin.get("/admin/organisations/" + EPAO + "/apprentices/"
                        + record.get("apprenticeId") + "/history").expect(200).items().stream()
                .filter(entry -> "UPDATE_LEARNER".equals(entry.get("call")))
                .toList();
        assertThat(updates).as("the change applied once on the platform").hasSize(1);
    }
}
