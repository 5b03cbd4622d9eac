package uk.learnersync.provider.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.EndToEndTest;

class RegistrationSyncTest extends EndToEndTest {

    @Test
    @SuppressWarnings("unchecked")
    void RG_1_registeringThroughTheConnectionSendsTheFullRecord() {
        scenario.connectTo("EPA0001");
        String programme = scenario.programme("EPA0001");
        Map<String, String> employer = scenario.employer("Acme Ltd", "LS1 4AP");
        String manager = scenario.manager(employer.get("id"), "Mona");
        String tutor = scenario.caseOwner("Tess");
        String learner = scenario.learner(programme, Map.of("caseOwnerId", tutor, "managerId", manager,
                "employerId", employer.get("id"), "employerAddressId", employer.get("addressId")));

        scenario.register(learner);
        scenario.awaitSynced();

        Map<String, Object> record = scenario.platformRecord("EPA0001", learner);
        assertThat(record).containsEntry("givenNames", "Ada").containsEntry("familyName", "Lovelace")
                .containsEntry("sex", "F").containsEntry("ethnicity", 31).containsEntry("status", "ON_PROGRAMME");
        assertThat((Map<String, Object>) record.get("employer")).containsEntry("name", "Acme Ltd");
        assertThat((Map<String, Object>) ((Map<String, Object>) record.get("employer")).get("address"))
                .containsEntry("postcode", "LS1 4AP");
        assertThat((Map<String, Object>) record.get("employerContact")).containsEntry("givenName", "Mona");
        assertThat((Map<String, Object>) record.get("tutor")).containsEntry("givenName", "Tess");
        assertThat((List<Map<String, Object>>) record.get("programmes")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("standardCode", 2).containsEntry("standardReference", "ST0116")
                        .containsEntry("startDate", "2025-09-01").containsEntry("status", "ACTIVE"));
        assertThat(api.get("/api/v1/learners/" + learner).body().get("epaRegistration"))
                .satisfies(r -> assertThat((Map<String, Object>) r).containsEntry("mode", "CONNECTED")
                        .containsEntry("apprenticeId", record.get("apprenticeId")));
        assertThat(scenario.syncLog(learner)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("ruleId", "RG-1").containsEntry("channel", "API")
                        .containsEntry("status", "DELIVERED"));
    }
}
