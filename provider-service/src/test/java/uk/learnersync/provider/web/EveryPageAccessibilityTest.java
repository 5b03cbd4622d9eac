package uk.learnersync.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page of the provider service, as an administrator with a registered learner, a request
 * waiting and one applied sees it: axe-core finds no violation on any (each {@link #open} checks), and
 * none needs sideways scrolling at 320 pixels wide.
 */
class EveryPageAccessibilityTest extends PageTest {

    private static final String EPAO = "EPA0001";

    @Test
    void everyPageHasNoAxeViolationAndNoSidewaysScrollFrom320Pixels() {
        scenario.connectTo(EPAO);
        Map<String, Object> links = fullyLinked();
        String learner = scenario.learner(scenario.programme(EPAO), links);
        scenario.register(learner);
        String applied = api.post("/api/v1/automations", Map.of("type", "BREAK_IN_LEARNING", "learnerId", learner,
                "effectiveDate", "2026-01-05", "details", Map.of())).expect(201).id();
        api.post("/api/v1/automations/" + applied + "/approve", Map.of()).expect(200);
        String pending = api.post("/api/v1/automations", Map.of("type", "RETURN_TO_LEARNING", "learnerId", learner,
                "effectiveDate", "2026-02-05", "details", Map.of("plannedEndDate", "2027-06-30"))).expect(201).id();
        scenario.awaitSynced();
        String employer = (String) links.get("employerId");
        String address = (String) links.get("employerAddressId");
        signInAs("ADMIN");

        List<String> pages = List.of("/", "/learners", "/learners?q=Ada", "/learners/" + learner,
                "/learners/" + learner + "/details", "/learners/" + learner + "/programme",
                "/learners/" + learner + "/automations/new", "/learners/" + learner + "/automations/new?choosing=yes",
                "/learners/" + learner + "/automations/new?type=WITHDRAWAL",
                "/learners/" + learner + "/automations/new?type=CHANGE_OF_PROGRAMME",
                "/learners/" + learner + "/automations/new?type=CHANGE_OF_EMPLOYER",
                "/automations", "/automations/" + pending, "/automations/" + applied,
                "/case-owners", "/case-owners/new", "/case-owners/" + links.get("caseOwnerId"),
                "/employers", "/employers/new", "/employers/" + employer, "/employers/" + employer + "/addresses/new",
                "/employers/" + employer + "/addresses/" + address, "/managers", "/managers/new",
                "/managers/" + links.get("managerId"), "/ilr", "/admin", "/admin/connections", "/admin/sync-policy",
                "/admin/approvals", "/admin/users", "/admin/sync", "/no-such-page");
        for (String page : pages) {
            open(page);
            assertThat(browser.findElements(By.tagName("h1"))).as(page).hasSize(1);
            assertNoSidewaysScrollAt320();
        }
        browser.manage().deleteAllCookies();
        open("/login");
        assertNoSidewaysScrollAt320();
    }
}
