package uk.learnersync.provider.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.ProviderServiceTest;
import uk.learnersync.provider.support.SyncScenario;
import uk.learnersync.testing.Api;

/** Who changed a learner, when, through which channel, with the record before and after. */
class AuditApiTest extends ProviderServiceTest {

    @Test
    @SuppressWarnings("unchecked")
    void theAuditTrailOfALearnerShowsEachChangeWithItsActorChannelBeforeAndAfterOldestFirst() {
        String learner = newLearner();
        api.patch("/api/v1/learners/" + learner, Map.of("familyName", "Byron")).expect(200);
        api.patch("/api/v1/learners/" + learner + "/programme", Map.of("plannedEndDate", "2027-06-30")).expect(200);

        List<Map<String, Object>> trail = api.get("/api/v1/learners/" + learner + "/audit").expect(200).items();

        assertThat(trail).hasSize(3);
        assertThat(trail).allSatisfy(entry -> {
            assertThat(entry).containsEntry("channel", "API").containsKeys("at", "before", "after");
            assertThat((String) entry.get("actor")).startsWith("api-token:");
        });
        assertThat(trail.get(0).get("before")).as("a creation has no before").isNull();
        assertThat((Map<String, Object>) trail.get(0).get("after")).containsEntry("familyName", "Lovelace");
        assertThat((Map<String, Object>) trail.get(1).get("before")).containsEntry("familyName", "Lovelace");
        assertThat((Map<String, Object>) trail.get(1).get("after")).containsEntry("familyName", "Byron");
        assertThat(trail).extracting(entry -> (String) entry.get("at")).isSorted();
        assertThat(trail.get(2).get("after").toString()).contains("2027-06-30");
    }

    @Test
    void theAuditTrailOfAnotherProvidersLearnerIsNotFoundAndAnUnknownIdIsNotFound() {
        String learner = newLearner();
        Api other = apiFor(newProviderAccount());

        Api.Response answer = other.get("/api/v1/learners/" + learner + "/audit").expect(404);

        assertThat(answer.contentType()).startsWith("application/problem+json");
        api.get("/api/v1/learners/00000000-0000-0000-0000-000000000000/audit").expect(404);
        api.get("/api/v1/learners/not-an-id/audit").expect(404);
    }

    private String newLearner() {
        String programme = api.post("/api/v1/programmes", Map.of("name", "Software developer", "standardCode", 2,
                "standardReference", "ST0116", "standardVersion", "1.0", "options", List.of(),
                "epaoId", "EPA0001")).expect(201).id();
        return api.post("/api/v1/learners", Map.of("uln", SyncScenario.nextUln(), "givenNames", "Ada",
                "familyName", "Lovelace", "dateOfBirth", "2004-12-10", "sex", "F", "ethnicity", 31,
                "email", "ada@learner.test", "programme", Map.of("programmeId", programme,
                        "startDate", "2025-09-01", "plannedEndDate", "2027-03-31"))).expect(201).id();
    }
}
