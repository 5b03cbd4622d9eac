package uk.learnersync.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import uk.learnersync.provider.support.SyncScenario;

/** The learners list (search, filters, paging) and the EPA registration panel of the learner's record. */
class LearnerPagesTest extends PageTest {

    private static final int PAGE_SIZE = 25;

    @Test
    void learnersAreFoundByNameOrUlnAndFilteredByRegistration() {
        String programme = scenario.programme("EPA0001");
        String grace = learner(programme, "Grace", "Hopper");
        learner(programme, "Alan", "Turing");
        api.post("/api/v1/learners/" + grace + "/epa-registration", Map.of("mode", "MANUAL")).expect(201);
        String graceUln = (String) api.get("/api/v1/learners/" + grace).expect(200).body().get("uln");
        signInAs("TUTOR");

        open("/learners");
        assertThat(names()).containsExactly("Grace Hopper", "Alan Turing");
        screenshot("learners");

        type("q", "hop");
        click("search");
        waitUntil(() -> names().equals(List.of("Grace Hopper")));
        assertThat(browser.getCurrentUrl()).contains("q=hop");

        type("q", graceUln);
        click("search");
        waitUntil(() -> browser.getCurrentUrl().contains("q=" + graceUln) && names().equals(List.of("Grace Hopper")));

        open("/learners?registration=NONE");
        assertThat(names()).containsExactly("Alan Turing");
        open("/learners?registration=MANUAL");
        assertThat(names()).containsExactly("Grace Hopper");
        open("/learners?sync=BLOCKED");
        assertThat(browser.getPageSource()).contains("No learners match.");
    }

    @Test
    void theListIsPagedByTwentyFive() {
        String programme = scenario.programme("EPA0001");
        for (int i = 0; i <= PAGE_SIZE; i++) {
            learner(programme, "Learner", "Page" + (char) ('a' + i));
        }
        signInAs("TUTOR");

        open("/learners");
        assertThat(names()).hasSize(PAGE_SIZE);
        submit("next-page");

        assertThat(names()).containsExactly("Learner Page" + (char) ('a' + PAGE_SIZE));
    }

    @Test
    void RG_1_aLearnerIsRegisteredThroughTheConnectionFromTheirRecord() {
        scenario.connectTo("EPA0001");
        String learner = scenario.learner(scenario.programme("EPA0001"), fullyLinked());
        signInAs("TUTOR");
        open("/learners/" + learner);

        submit("register-connected");

        assertThat(successBanner()).contains("Registered with EPA0001 through the connection");
        assertThat(text("registration")).contains("Registered through connection");
        scenario.awaitSynced();
        assertThat(scenario.platformRecord("EPA0001", learner)).containsEntry("familyName", "Lovelace");
        assertThat(scenario.syncLog(learner)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("ruleId", "RG-1").containsEntry("channel", "UI"));
    }

    @Test
    void RG_2_withoutAConnectionThePanelSaysWhyAndRecordsAManualRegistrationThatSendsNothing() {
        String learner = scenario.learner(scenario.programme("EPA0002"), Map.of());
        signInAs("TUTOR");
        open("/learners/" + learner);

        assertThat(text("no-connection")).contains("You have no connection to this EPA organisation's platform");
        assertThat(browser.findElements(By.id("register-connected"))).isEmpty();
        screenshot("learner-registration-manual");
        submit("register-manual");

        assertThat(successBanner()).contains("Manual registration with EPA0002 recorded");
        assertThat(text("registration")).contains("Registered manually").contains("nothing is sent");
        scenario.awaitSynced();
        assertThat(scenario.syncLog(learner)).allSatisfy(entry -> assertThat(entry.get("status")).isNotEqualTo("DELIVERED"));
    }

    /** ILR 2026/27: an apprenticeship unit shows as such, with no end-point assessment and nothing to register. */
    @Test
    void aLearnerOnAnApprenticeshipUnitShowsNoEndPointAssessmentAndNoRegistration() {
        scenario.connectTo("EPA0001");
        String unit = api.post("/api/v1/programmes", Map.of("name", "Data foundations unit", "unitAimRef", "ZSC00001"))
                .expect(201).id();
        String learner = scenario.learner(unit, fullyLinked());
        api.patch("/api/v1/learners/" + learner, Map.of("agreemId", "A123456")).expect(200);
        api.patch("/api/v1/learners/" + learner + "/programme", Map.of("offTheJobHours", Map.of("planned", 30)))
                .expect(200);
        signInAs("TUTOR");
        open("/learners/" + learner);

        assertThat(text("programme-type")).isEqualTo("Apprenticeship unit ZSC00001: no end-point assessment");
        assertThat(text("unit-no-epa")).contains("No end-point assessment").contains("never registered");
        assertThat(text("agreem-id")).isEqualTo("A123456");
        assertThat(text("off-the-job-hours")).isEqualTo("30 planned (HRS 1)");
        assertThat(browser.findElements(By.id("register-connected"))).isEmpty();
        assertThat(browser.findElements(By.id("register-manual"))).isEmpty();
        screenshot("learner-apprenticeship-unit");
    }

    private String learner(String programme, String givenNames, String familyName) {
        Map<String, Object> body = new HashMap<>(Map.of("uln", SyncScenario.nextUln(),
                "givenNames", givenNames, "familyName", familyName, "dateOfBirth", "2004-12-10", "sex", "F",
                "ethnicity", 31, "email", "learner@learner.test",
                "programme", Map.of("programmeId", programme, "startDate", "2025-09-01", "plannedEndDate", "2027-03-31")));
        return api.post("/api/v1/learners", body).expect(201).id();
    }

    private List<String> names() {
        return browser.findElements(By.cssSelector("#learners tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
    }
}
