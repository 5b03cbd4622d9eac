package uk.learnersync.provider.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;

import uk.learnersync.provider.support.EndToEndTest;

/**
 * The outbox's contract under chaos: many learners, a share of the platform's answers failing, the
 * workers stopped and started again mid-run. Every committed change arrives, each learner's changes
 * arrive in order (a later state is never overwritten by an earlier one), and nothing is left pending
 * or blocked.
 */
// Alone: it stops the delivery workers that every other test class's deliveries rely on.
@Isolated
class OutboxChaosTest extends EndToEndTest {

    private static final String EPAO = "EPA0004";
    private static final int LEARNERS = 24;
    private static final int CHANGES_PER_LEARNER = 6;

    @Autowired
    private DeliveryWorkers workers;

    @AfterEach
    void restore() {
        workers.start();
        scenario.fault("NONE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void NL_1_everyChangeArrivesInOrderPerLearnerDespiteFailuresAndRestartedWorkers() {
        scenario.connectTo(EPAO);
        String programme = scenario.programme(EPAO);
        Map<String, String> employer = scenario.employer("Chaos Ltd", "LS2 7EE");
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            String learner = scenario.learner(programme, Map.of("employerId", employer.get("id"),
                    "employerAddressId", employer.get("addressId")));
            scenario.register(learner);
            learners.add(learner);
        }
        scenario.fault("ERRORS", Map.of("errorRate", 0.3));

        List<Integer> changes = new ArrayList<>();
        for (int step = 0; step < CHANGES_PER_LEARNER; step++) {
            for (int learner = 0; learner < LEARNERS; learner++) {
                changes.add(learner);
            }
        }
        Collections.shuffle(changes, new Random(42));
        int[] steps = new int[LEARNERS];
        for (int i = 0; i < changes.size(); i++) {
            if (i == changes.size() / 3) {
                workers.stop();
            }
            if (i == 2 * changes.size() / 3) {
                workers.start();
            }
            int learner = changes.get(i);
            api.patch("/api/v1/learners/" + learners.get(learner), Map.of("familyName", stepName(++steps[learner])))
                    .expect(200);
        }
        scenario.fault("NONE");
        scenario.awaitSynced();

        assertThat(api.get("/api/v1/sync/status").body()).containsEntry("pending", 0).containsEntry("blocked", 0);
        for (String learner : learners) {
            Map<String, Object> record = scenario.platformRecord(EPAO, learner);
            assertThat(record).containsEntry("familyName", stepName(CHANGES_PER_LEARNER));
            List<String> namesInArrivalOrder = platformAdmin.get("/admin/organisations/" + EPAO + "/apprentices/"
                            + record.get("apprenticeId") + "/history").expect(200).items().stream()
                    .map(entry -> (Map<String, Object>) entry.get("body"))
                    .map(body -> (String) body.get("familyName"))
                    .toList();
            assertThat(namesInArrivalOrder).as("arrivals for learner %s", learner).isSorted();
        }
    }

    private static String stepName(int step) {
        return "Step " + (char) ('A' + step);
    }
}
