package uk.learnersync.provider.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.micrometer.core.instrument.MeterRegistry;
import uk.learnersync.provider.LearnerSyncApplication;
import uk.learnersync.provider.support.EndToEndTest;
import uk.learnersync.provider.support.SyncScenario;
import uk.learnersync.testing.Api;
import uk.learnersync.testing.TestDatabase;

/**
 * Scale-out: a second instance of the provider service, with its own delivery workers, over the
 * same PostgreSQL. Changes come in through both instances' APIs; every change arrives exactly once
 * in effect, in order per learner, and a fan-out to every learner of an employer's site is expanded
 * and delivered once per learner, with both instances' workers taking part.
 */
// Alone: it compares the deliveries each instance made, and the other test classes' tasks would count.
@Isolated
class TwoInstancesTest extends EndToEndTest {

    private static final String EPAO = "EPA0007";
    private static final int LEARNERS = 200;
    private static final int CHANGED_LEARNERS = 40;
    private static final int CHANGES_PER_LEARNER = 3;

    @Autowired
    private MeterRegistry meters;

    private ConfigurableApplicationContext secondInstance;
    private Api api2;

    @BeforeEach
    void startASecondInstance() {
        secondInstance = new SpringApplicationBuilder(LearnerSyncApplication.class)
                .properties(Map.of(
                        "server.port", "0",
                        "spring.datasource.url", TestDatabase.jdbcUrl("learnersync"),
                        "spring.datasource.username", TestDatabase.server().username(),
                        "spring.datasource.password", TestDatabase.server().password(),
                        "learnersync.admin-token", ADMIN_TOKEN,
                        "learnersync.demo-data", "false"))
                .registerShutdownHook(false)
                // Default properties give way to application.yml's ${SERVER_PORT:8080}; an argument does not.
                .run("--server.port=0");
        int port2 = ((WebServerApplicationContext) secondInstance).getWebServer().getPort();
        Map<String, Object> provider = newProviderAccount();
        api = apiFor(provider);
        api2 = new Api(port2, (String) provider.get("apiToken"), json);
        scenario = new SyncScenario(api, platformAdmin, (String) provider.get("ukprn"));
    }

    @AfterEach
    void stopTheSecondInstance() {
        secondInstance.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void NL_1_twoInstancesOverOneDatabaseDeliverEveryChangeOnceInOrderAndShareAFanOut() {
        double deliveredBy1 = delivered(meters);
        double deliveredBy2 = delivered(secondInstance.getBean(MeterRegistry.class));
        scenario.connectTo(EPAO);
        String programme = scenario.programme(EPAO);
        Map<String, String> employer = scenario.employer("Scale Out Ltd", "LS3 1AB");
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            Api through = instance(i);
            String learner = through.post("/api/v1/learners", Map.of("uln", SyncScenario.nextUln(), "givenNames", "Ada",
                    "familyName", "Lovelace", "dateOfBirth", "2004-12-10", "sex", "F", "ethnicity", 31,
                    "email", "ada@learner.test", "employerId", employer.get("id"),
                    "employerAddressId", employer.get("addressId"), "programme", Map.of("programmeId", programme,
                            "startDate", "2025-09-01", "plannedEndDate", "2027-03-31"))).expect(201).id();
            instance(i + 1).post("/api/v1/learners/" + learner + "/epa-registration", Map.of()).expect(201);
            learners.add(learner);
        }
        for (int step = 1; step <= CHANGES_PER_LEARNER; step++) {
            for (int i = 0; i < CHANGED_LEARNERS; i++) {
                instance(i + step).patch("/api/v1/learners/" + learners.get(i), Map.of("familyName", stepName(step)))
                        .expect(200);
            }
        }
        api2.patch("/api/v1/employers/" + employer.get("id") + "/addresses/" + employer.get("addressId"),
                Map.of("line1", "2 New Street")).expect(200);
        scenario.awaitSynced();

        assertThat(api.get("/api/v1/sync/status").body()).containsEntry("pending", 0).containsEntry("blocked", 0);
        for (int i = 0; i < LEARNERS; i++) {
            String learner = learners.get(i);
            assertThat(scenario.syncLog(learner)).allSatisfy(task -> {
                assertThat(task).containsEntry("status", "DELIVERED");
                assertThat(task.get("attempts")).as("claimed once, by one worker").isEqualTo(
                        task.get("coalescedInto") == null ? 1 : 0);
            });
            Map<String, Object> record = scenario.platformRecord(EPAO, learner);
            List<Map<String, Object>> history = platformAdmin.get("/admin/organisations/" + EPAO + "/apprentices/"
                    + record.get("apprenticeId") + "/history").expect(200).items();
            assertThat(history).filteredOn(entry -> "REGISTER".equals(entry.get("call"))).hasSize(1);
            assertThat(history).filteredOn(entry -> "UPDATE_EMPLOYER".equals(entry.get("call")))
                    .as("the fan-out reached learner %d once", i).hasSize(1);
            assertThat(history.stream().filter(entry -> List.of("REGISTER", "UPDATE_LEARNER").contains(entry.get("call")))
                    .map(entry -> (String) ((Map<String, Object>) entry.get("body")).get("familyName")).toList())
                    .as("arrivals for learner %d", i).isSorted();
            assertThat(record).containsEntry("familyName", i < CHANGED_LEARNERS ? stepName(CHANGES_PER_LEARNER) : "Lovelace");
            assertThat(record.get("employer").toString()).contains("2 New Street");
        }
        assertThat(delivered(meters)).as("deliveries by the first instance").isGreaterThan(deliveredBy1);
        assertThat(delivered(secondInstance.getBean(MeterRegistry.class))).as("deliveries by the second instance")
                .isGreaterThan(deliveredBy2);
    }

    private Api instance(int turn) {
        return turn % 2 == 0 ? api : api2;
    }

    private static String stepName(int step) {
        return "Step " + (char) ('A' + step);
    }

    private static double delivered(MeterRegistry registry) {
        return registry.counter("learnersync.sync.attempts", "outcome", "delivered").count();
    }
}
