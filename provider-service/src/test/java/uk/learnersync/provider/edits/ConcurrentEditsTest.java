package uk.learnersync.provider.edits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.EndToEndTest;
import uk.learnersync.testing.Api;

/**
 * CV-6: several people change different fields of one record at the same moment, through the API,
 * each with a merge patch of their own field. Every change is kept, and every change reaches the
 * EPA platform's record of the learner linked to it; none is silently lost.
 */
class ConcurrentEditsTest extends EndToEndTest {

    private static final String EPAO = "EPA0004";
    private static final int ROUNDS = 3;
    private static final List<String> GIVEN_NAMES = List.of("Ava", "Bea", "Cleo");
    private static final List<String> FAMILY_NAMES = List.of("Ashby", "Brook", "Carter");
    private static final List<String> EMP_IDS = List.of("100000002", "100000010", "100000029");

    private String programme;
    private Map<String, String> employer;
    private String manager;
    private String caseOwner;
    private String learner;

    @BeforeEach
    void aRegisteredLearnerLinkedToEveryKindOfRecord() {
        scenario.connectTo(EPAO);
        programme = scenario.programme(EPAO, "Frontend", "Backend");
        employer = scenario.employer("Acme Ltd", "LS1 4AP");
        manager = scenario.manager(employer.get("id"), "Mona");
        caseOwner = scenario.caseOwner("Tess");
        learner = scenario.learner(programme, Map.of("caseOwnerId", caseOwner, "managerId", manager,
                "employerId", employer.get("id"), "employerAddressId", employer.get("addressId")));
        scenario.register(learner);
        scenario.awaitSynced();
    }

    @Test
    void CV_6_fourPeopleChangingFourFieldsOfOneCaseOwnerAtOnceKeepAllFour() {
        Map<String, Object> last = inRounds("/api/v1/case-owners/" + caseOwner, round -> Map.of(
                "givenName", GIVEN_NAMES.get(round), "familyName", FAMILY_NAMES.get(round),
                "email", "tutor" + round + "@provider.test", "phone", "01632 96010" + round));

        assertThat(part(platformRecord(), "tutor")).containsAllEntriesOf(last);
    }

    @Test
    void CV_6_fourPeopleChangingFourFieldsOfOneManagerAtOnceKeepAllFour() {
        Map<String, Object> last = inRounds("/api/v1/managers/" + manager, round -> Map.of(
                "givenName", GIVEN_NAMES.get(round), "familyName", FAMILY_NAMES.get(round),
                "email", "manager" + round + "@employer.test", "phone", "0113 496 020" + round));

        assertThat(part(platformRecord(), "employerContact")).containsAllEntriesOf(last);
    }

    @Test
    void CV_6_twoPeopleChangingTheNameAndTheEmpIdOfOneEmployerAtOnceKeepBoth() {
        Map<String, Object> last = inRounds("/api/v1/employers/" + employer.get("id"), round -> Map.of(
                "name", FAMILY_NAMES.get(round) + " Ltd", "empId", EMP_IDS.get(round)));

        assertThat(part(platformRecord(), "employer")).containsEntry("name", last.get("name"));
    }

    @Test
    void CV_6_fivePeopleChangingFiveFieldsOfOneEmployerAddressAtOnceKeepAllFive() {
        Map<String, Object> last = inRounds(
                "/api/v1/employers/" + employer.get("id") + "/addresses/" + employer.get("addressId"),
                round -> Map.of("line1", round + " Park Row", "line2", "Floor " + round, "line3", "Wing " + round,
                        "town", List.of("Leeds", "Bradford", "York").get(round), "postcode", "LS" + (round + 2) + " 5AB"));

        assertThat(part(part(platformRecord(), "employer"), "address")).containsAllEntriesOf(last);
    }

    @Test
    void CV_6_threePeopleChangingThreeFieldsOfOneProgrammeAtOnceKeepAllThree() {
        Map<String, Object> last = inRounds("/api/v1/programmes/" + programme, round -> Map.of(
                "name", "Software developer intake " + round, "standardVersion", "1." + (round + 1),
                "options", List.of("Frontend", "Backend", "Option " + round)));

        assertThat(activeProgramme(platformRecord())).containsEntry("standardVersion", last.get("standardVersion"));
    }

    @Test
    void CV_6_fivePeopleChangingFiveFieldsOfOneLearnerAtOnceKeepAllFive() {
        String path = "/api/v1/learners/" + learner;
        Map<String, Object> last = Map.of();
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, Object> details = Map.of("givenNames", GIVEN_NAMES.get(round),
                    "familyName", FAMILY_NAMES.get(round), "email", "learner" + round + "@learner.test",
                    "ethnicity", 31 + round);
            String plannedEndDate = "2027-0" + (round + 4) + "-30";
            List<Supplier<Api.Response>> changes = new ArrayList<>(onePerField(path, details));
            changes.add(() -> api.patch(path + "/programme", Map.of("plannedEndDate", plannedEndDate)));

            atOnce(changes);

            Map<String, Object> now = api.get(path).expect(200).body();
            assertThat(now).containsAllEntriesOf(details);
            assertThat(part(now, "programme")).containsEntry("plannedEndDate", plannedEndDate);
            last = details;
        }
        assertThat(platformRecord()).containsAllEntriesOf(last);
    }

    /**
     * Changes the record's fields in {@link #ROUNDS} rounds, each field by a thread of its own, all
     * at once; after each round the record holds every change. Returns the last round's values, once
     * the EPA platform has been told everything.
     */
    private Map<String, Object> inRounds(String path, IntFunction<Map<String, Object>> valuesOfRound) {
        Map<String, Object> values = Map.of();
        for (int round = 0; round < ROUNDS; round++) {
            values = valuesOfRound.apply(round);
            atOnce(onePerField(path, values));
            assertThat(api.get(path).expect(200).body()).as("round %d", round).containsAllEntriesOf(values);
        }
        scenario.awaitSynced();
        return values;
    }

    private List<Supplier<Api.Response>> onePerField(String path, Map<String, Object> values) {
        return values.entrySet().stream()
                .<Supplier<Api.Response>>map(field -> () -> api.patch(path, Map.of(field.getKey(), field.getValue())))
                .toList();
    }

    /** Sends the changes from a thread each, released together by a latch so that they really overlap; each succeeds. */
    private static void atOnce(List<Supplier<Api.Response>> changes) {
        ExecutorService people = Executors.newFixedThreadPool(changes.size());
        try {
            CountDownLatch ready = new CountDownLatch(changes.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Response>> answers = changes.stream().map(change -> people.submit(() -> {
                ready.countDown();
                go.await();
                return change.get();
            })).toList();
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<Api.Response> answer : answers) {
                answer.get(60, TimeUnit.SECONDS).expect(200);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            people.shutdownNow();
        }
    }

    private Map<String, Object> platformRecord() {
        scenario.awaitSynced();
        return scenario.platformRecord(EPAO, learner);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> activeProgramme(Map<String, Object> record) {
        return ((List<Map<String, Object>>) record.get("programmes")).stream()
                .filter(programme -> "ACTIVE".equals(programme.get("status")))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> record, String name) {
        return (Map<String, Object>) record.get(name);
    }
}
