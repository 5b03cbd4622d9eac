package uk.learnersync.provider.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.LearnerManagement;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.support.EndToEndTest;

/**
 * Programme dates through the Edit Programme Details service, the one the page of that name calls
 * (channel UI): the dates reach the EPA platform, the EPA period never does.
 */
class EditProgrammeDetailsSyncTest extends EndToEndTest {

    private static final String EPAO = "EPA0006";
    private static final ChangeOrigin EDIT_PROGRAMME_DETAILS_PAGE = new ChangeOrigin("user:data.officer@provider.test", Channel.UI);

    @Autowired
    private LearnerManagement learners;

    private String learner;

    @BeforeEach
    void registeredLearner() {
        scenario.connectTo(EPAO);
        Map<String, String> employer = scenario.employer("Acme Ltd", "LS1 4AP");
        learner = scenario.learner(scenario.programme(EPAO), Map.of("employerId", employer.get("id"),
                "employerAddressId", employer.get("addressId")));
        scenario.register(learner);
        scenario.awaitSynced();
    }

    private void editProgrammeDetails(String startDate, String plannedEndDate, int epaPeriodMonths) {
        learners.editProgrammeDetails(new ProviderId(UUID.fromString(providerId)), new LearnerId(UUID.fromString(learner)),
                LocalDate.parse(startDate), LocalDate.parse(plannedEndDate), epaPeriodMonths, EDIT_PROGRAMME_DETAILS_PAGE);
        scenario.awaitSynced();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> programmeOnPlatform() {
        return ((List<Map<String, Object>>) scenario.platformRecord(EPAO, learner).get("programmes")).get(0);
    }

    private List<Object> ruleIds() {
        return scenario.syncLog(learner).stream().map(entry -> entry.get("ruleId")).toList();
    }

    @Test
    void PG_1_theStartDateChangedOnEditProgrammeDetailsReachesTheEpaPlatform() {
        editProgrammeDetails("2025-09-08", "2027-03-31", 3);

        assertThat(programmeOnPlatform()).containsEntry("startDate", "2025-09-08").containsEntry("plannedEndDate", "2027-03-31");
        assertThat(ruleIds()).containsExactly("RG-1", "PG-1");
    }

    @Test
    void PG_2_thePlannedEndDateChangedOnEditProgrammeDetailsReachesTheEpaPlatform() {
        editProgrammeDetails("2025-09-01", "2027-05-31", 3);

        assertThat(programmeOnPlatform()).containsEntry("plannedEndDate", "2027-05-31");
        assertThat(ruleIds()).containsExactly("RG-1", "PG-2");
    }

    @Test
    void PG_3_theEpaPeriodChangedOnEditProgrammeDetailsIsNotSent() {
        editProgrammeDetails("2025-09-01", "2027-03-31", 5);

        assertThat(scenario.syncLog(learner).get(1)).containsEntry("ruleId", "PG-3").containsEntry("status", "SKIPPED");
        assertThat(api.get("/api/v1/learners/" + learner).body().get("programme"))
                .satisfies(programme -> assertThat((Map<String, Object>) programme).containsEntry("epaPeriodMonths", 5));
    }
}
