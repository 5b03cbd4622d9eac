package uk.learnersync.provider.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.EndToEndTest;

/** Nothing committed is lost, order holds per learner, and failures are visible (NL-1, AU-1). */
class DeliveryReliabilityTest extends EndToEndTest {

    private static final String EPAO = "EPA0003";

    private String programme;
    private Map<String, String> employer;
    private String learner;

    @BeforeEach
    void registeredLearner() {
        scenario.connectTo(EPAO);
        programme = scenario.programme(EPAO);
        employer = scenario.employer("Acme Ltd", "LS1 4AP");
        learner = newLearner();
        scenario.register(learner);
        scenario.awaitSynced();
    }

    private String newLearner() {
        return scenario.learner(programme, Map.of("employerId", employer.get("id"),
                "employerAddressId", employer.get("addressId")));
    }

    @AfterEach
    void platformBackToNormal() {
        scenario.fault("NONE");
    }

    @Test
    void NL_1_changesMadeWhileThePlatformIsDownArriveInOrderWhenItIsBack() {
        scenario.fault("DOWN");

        api.patch("/api/v1/learners/" + learner, Map.of("familyName", "Byron")).expect(200);
        api.patch("/api/v1/learners/" + learner, Map.of("sex", "M")).expect(200);
        api.patch("/api/v1/learners/" + learner, Map.of("familyName", "King")).expect(200);
        scenario.awaitStatusAtLeast("retrying", 1);
        Map<String, Object> whileDown = api.get("/api/v1/sync/status").expect(200).body();
        assertThat(((Number) whileDown.get("pending")).longValue()).isPositive();
        assertThat(scenario.syncLog(learner).get(1)).containsEntry("status", "RETRYING");

        scenario.fault("NONE");
        scenario.awaitSynced();

        assertThat(scenario.platformRecord(EPAO, learner)).containsEntry("familyName", "King").containsEntry("sex", "M");
        assertThat(scenario.syncLog(learner)).extracting(entry -> entry.get("status")).containsOnly("DELIVERED");
        assertThat(api.get("/api/v1/sync/status").body()).containsEntry("blocked", 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void NL_1_aPermanentRefusalBlocksOnlyThatLearnerVisiblyAndRetryDeliversItFirst() {
        String otherLearner = newLearner();
        scenario.register(otherLearner);
        scenario.awaitSynced();
        scenario.fault("REJECT");

        api.patch("/api/v1/learners/" + learner, Map.of("familyName", "Byron")).expect(200);
        scenario.awaitStatusAtLeast("blocked", 1);
        api.patch("/api/v1/learners/" + learner, Map.of("sex", "M")).expect(200);
        scenario.fault("NONE");
        api.patch("/api/v1/learners/" + otherLearner, Map.of("givenNames", "Grace")).expect(200);
        awaitOnPlatform(otherLearner, "givenNames", "Grace");

        List<Map<String, Object>> log = scenario.syncLog(learner);
        Map<String, Object> blocked = log.get(1);
        assertThat(blocked).containsEntry("status", "BLOCKED").containsEntry("ruleId", "PD-4").containsEntry("attempts", 1);
        assertThat((String) blocked.get("lastError")).contains("422");
        assertThat(log.get(2)).as("the change behind it waits").containsEntry("status", "PENDING");
        assertThat(scenario.platformRecord(EPAO, learner)).containsEntry("familyName", "Lovelace");
        assertThat(scenario.platformRecord(EPAO, otherLearner)).as("other learners are not held up")
                .containsEntry("givenNames", "Grace");

        api.post("/api/v1/sync/tasks/" + blocked.get("id") + "/retry", Map.of()).expect(202);
        scenario.awaitSynced();

        assertThat(scenario.platformRecord(EPAO, learner)).containsEntry("familyName", "Byron").containsEntry("sex", "M");
        assertThat(scenario.syncLog(learner)).extracting(entry -> entry.get("status")).containsOnly("DELIVERED");
        api.post("/api/v1/sync/tasks/" + blocked.get("id") + "/retry", Map.of()).expect(409);
    }

    @Test
    @SuppressWarnings("unchecked")
    void AU_1_everyAttemptIsRecordedWithTheRuleTheChannelWhatWasSentAndTheAnswer() {
        scenario.fault("ERRORS", Map.of("errorRate", 1.0));
        api.patch("/api/v1/learners/" + learner, Map.of("email", "ada@new.test")).expect(200);
        scenario.awaitStatusAtLeast("retrying", 1);
        scenario.fault("NONE");
        scenario.awaitSynced();

        Map<String, Object> entry = scenario.syncLog(learner).get(1);
        assertThat(entry).containsEntry("ruleId", "PD-4").containsEntry("channel", "API")
                .containsEntry("action", "UPDATE_LEARNER_DETAILS").containsEntry("status", "DELIVERED");
        assertThat((String) entry.get("sent")).contains("ada@new.test");
        assertThat((String) entry.get("answer")).contains("ada@new.test");
        Map<String, Object> task = api.get("/api/v1/sync/tasks/" + entry.get("id")).expect(200).body();
        List<Map<String, Object>> attempts = (List<Map<String, Object>>) task.get("attempts");
        assertThat(attempts.size()).isGreaterThanOrEqualTo(2);
        assertThat(attempts.get(0)).containsEntry("responseStatus", 500).containsEntry("outcome", "RETRYING");
        assertThat(attempts.get(attempts.size() - 1)).containsEntry("responseStatus", 200).containsEntry("outcome", "DELIVERED");
        assertThat(attempts).allSatisfy(attempt -> assertThat((String) attempt.get("request")).contains("ada@new.test"));
    }

    @Test
    void theSyncLogOfAnotherProvidersLearnerIsNotFound() {
        var other = apiFor(newProviderAccount());

        other.get("/api/v1/learners/" + learner + "/sync-log").expect(404);
        String taskId = (String) scenario.syncLog(learner).get(0).get("id");
        other.get("/api/v1/sync/tasks/" + taskId).expect(404);
        other.post("/api/v1/sync/tasks/" + taskId + "/retry", Map.of()).expect(404);
    }

    private void awaitOnPlatform(String learnerId, String field, Object value) {
        await("the platform showing " + field + " = " + value).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> value.equals(scenario.platformRecord(EPAO, learnerId).get(field)));
    }
}
