package uk.learnersync.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import uk.learnersync.provider.support.TestEpaPlatform;

/** Administration in a browser: EPA connections with a write-only token, the sync policy, the sync dashboard. */
class AdministrationPageTest extends PageTest {

    @Test
    void anAdministratorAddsAConnectionWhoseTokenIsNeverShownAndRemovesIt() {
        platformAdmin.post("/admin/organisations", Map.of("epaoId", "EPA0003", "name", "Assessor EPA0003"));
        String token = (String) platformAdmin.post("/admin/organisations/EPA0003/connections",
                Map.of("providerUkprn", ukprn)).expect(201).body().get("apiToken");
        signInAs("ADMIN");
        open("/admin");
        assertThat(heading()).isEqualTo("Administration");

        open("/admin/connections");
        type("epaoId", "EPA0003");
        type("baseUrl", "not a url");
        type("apiToken", token);
        submit("connect");
        assertThat(errorSummary()).containsExactly(
                "Platform address must be an absolute http or https URL, e.g. https://epa.example.org");
        assertThat(browser.findElement(By.id("apiToken")).getAttribute("value")).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(token);

        type("baseUrl", TestEpaPlatform.baseUrl());
        type("apiToken", token);
        submit("connect");

        assertThat(successBanner()).contains("Connected to EPA0003");
        assertThat(text("connections")).contains("EPA0003");
        assertThat(browser.getPageSource()).doesNotContain(token);
        screenshot("admin-connections");
        assertThat(api.get("/api/v1/epa-connections").expect(200).items()).singleElement()
                .satisfies(connection -> assertThat(connection).containsEntry("epaoId", "EPA0003"));

        submit("remove-EPA0003");
        assertThat(successBanner()).contains("Connection to EPA0003 removed");
        assertThat(api.get("/api/v1/epa-connections").expect(200).items()).isEmpty();
    }

    @Test
    void aSecondConnectionToTheSameEpaoIsRefusedAtTheField() {
        scenario.connectTo("EPA0001");
        signInAs("ADMIN");
        open("/admin/connections");

        type("epaoId", "EPA0001");
        type("baseUrl", "https://epa.example.org");
        type("apiToken", "another-token");
        submit("connect");

        assertThat(errorSummary()).singleElement().asString().contains("There is already a connection to EPA0001");
        assertThat(api.get("/api/v1/epa-connections").expect(200).items()).hasSize(1);
    }

    @Test
    void PG_4_anAdministratorWidensARuleWithItsCheckboxesAndTheApiSeesTheWidenedPolicy() {
        signInAs("ADMIN");
        open("/admin/sync-policy");
        assertThat(text("rule-PD-1")).contains("Sex (gender) changed").contains("UI").contains("API");
        assertThat(text("rule-PG-3")).contains("Cannot be widened");

        click("PG-4-API");
        submit("save-PG-4");

        assertThat(successBanner()).contains("Rule PG-4 saved");
        assertThat(browser.findElement(By.id("PG-4-API")).isSelected()).isTrue();
        screenshot("admin-sync-policy");
        assertThat(api.get("/api/v1/sync/policy").expect(200).items())
                .filteredOn(rule -> "PG-4".equals(rule.get("id"))).singleElement()
                .satisfies(rule -> assertThat(rule.get("addedChannels")).isEqualTo(List.of("API")));

        click("PG-4-API");
        submit("save-PG-4");
        assertThat(api.get("/api/v1/sync/policy").expect(200).items())
                .filteredOn(rule -> "PG-4".equals(rule.get("id"))).singleElement()
                .satisfies(rule -> assertThat(rule.get("addedChannels")).isEqualTo(List.of()));
    }

    @Test
    void aBlockedChangeIsShownOnTheDashboardsAndRetriedFromTheLearnersTimeline() {
        scenario.connectTo("EPA0001");
        String learner = scenario.learner(scenario.programme("EPA0001"), fullyLinked());
        scenario.register(learner);
        scenario.awaitSynced();
        scenario.fault("REJECT");
        try {
            api.patch("/api/v1/learners/" + learner, Map.of("familyName", "Byron")).expect(200);
            scenario.awaitStatus("blocked", 1);
        } finally {
            scenario.fault("NONE");
        }
        signInAs("ADMIN");
        assertThat(text("blocked-banner")).contains("1 learner has a change that could not be sent");
        open("/admin/sync");
        assertThat(text("sync-blocked")).isEqualTo("1");
        screenshot("admin-sync-dashboard");

        open("/learners?sync=BLOCKED");
        assertThat(text("learners")).contains("Ada Byron");
        submit(browser.findElement(By.linkText("Ada Byron")));
        var blocked = browser.findElement(By.cssSelector("#sync-entries tr[data-status='BLOCKED']"));
        assertThat(blocked.getText()).contains("PD-4").contains("Blocked");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("sync-timeline")));
        screenshot("learner-sync-blocked");
        submit(blocked.findElement(By.cssSelector("button")));

        assertThat(successBanner()).contains("will be sent again");
        scenario.awaitSynced();
        assertThat(scenario.platformRecord("EPA0001", learner)).containsEntry("familyName", "Byron");
        assertThat(scenario.syncLog(learner)).extracting(entry -> entry.get("status")).containsOnly("DELIVERED");
    }

    @Test
    void CV_3_aBlockedChangeIsSkippedFromTheSyncDashboardWithAReasonAndTheLearnersLaterChangesGoOn() {
        scenario.connectTo("EPA0001");
        String learner = scenario.learner(scenario.programme("EPA0001"), fullyLinked());
        scenario.register(learner);
        scenario.awaitSynced();
        scenario.fault("REJECT");
        try {
            api.patch("/api/v1/learners/" + learner, Map.of("familyName", "Byron")).expect(200);
            scenario.awaitStatus("blocked", 1);
        } finally {
            scenario.fault("NONE");
        }
        api.patch("/api/v1/learners/" + learner, Map.of("email", "ada@later.test")).expect(200);
        String blocked = (String) scenario.syncLog(learner).get(1).get("id");
        signInAs("ADMIN");
        open("/admin/sync");
        assertThat(text("blocked-" + blocked)).contains("Ada Byron").contains("PD-4").contains("422");

        submit("skip-" + blocked);
        assertThat(text("problem")).contains("Enter the reason for skipping the change");
        type("skip-reason-" + blocked, "The EPAO corrected the name itself");
        submit("skip-" + blocked);

        assertThat(successBanner()).contains("skipped");
        assertThat(text("no-blocked")).contains("No change is blocked");
        scenario.awaitSynced();
        assertThat(scenario.syncLog(learner).get(1)).containsEntry("status", "SKIPPED")
                .containsEntry("reason", "The EPAO corrected the name itself");
        // The later change sends the learner's details as they are: skipping drops a call, not the record's state.
        assertThat(scenario.platformRecord("EPA0001", learner)).containsEntry("email", "ada@later.test")
                .containsEntry("familyName", "Byron");
    }

    @Test
    void CV_2_aTokenThePlatformRefusesIsShownOnTheConnectionsPageAndReplacedThere() {
        String connection = scenario.connectTo("EPA0001");
        String learner = scenario.learner(scenario.programme("EPA0001"), fullyLinked());
        scenario.register(learner);
        scenario.awaitSynced();
        api.put("/api/v1/epa-connections/" + connection + "/token", Map.of("apiToken", "a-refused-token")).expect(200);
        api.patch("/api/v1/learners/" + learner, Map.of("familyName", "Byron")).expect(200);
        scenario.awaitStatus("waiting", 1);
        signInAs("ADMIN");

        open("/admin/sync");
        assertThat(text("state-EPA0001")).contains("Token refused");
        assertThat(text("sync-waiting")).isEqualTo("1");
        assertThat(text("sync-blocked")).isEqualTo("0");
        open("/admin/connections");
        assertThat(text("connection-EPA0001")).contains("Token refused").contains("none is lost");
        type("token-EPA0001", scenario.platformToken("EPA0001"));
        submit("replace-token-EPA0001");

        assertThat(successBanner()).contains("was replaced");
        scenario.awaitSynced();
        assertThat(scenario.platformRecord("EPA0001", learner)).containsEntry("familyName", "Byron");
        open("/learners/" + learner);
        assertThat(text("platform-records")).contains("EPA0001").contains("In step");
        assertThat(browser.getPageSource()).doesNotContain(scenario.platformToken("EPA0001"));
    }

    @Test
    void testingAConnectionSaysWhetherThePlatformAcceptsItsTokenWithoutShowingIt() {
        scenario.connectTo("EPA0001");
        platformAdmin.post("/admin/organisations", Map.of("epaoId", "EPA0005", "name", "Assessor EPA0005"));
        String wrongToken = "not-the-platforms-token-0123456789";
        api.post("/api/v1/epa-connections", Map.of("epaoId", "EPA0005", "baseUrl", TestEpaPlatform.baseUrl(),
                "apiToken", wrongToken)).expect(201);
        signInAs("ADMIN");
        open("/admin/connections");

        submit("test-EPA0001");
        assertThat(successBanner()).contains("EPA0001: The platform at " + TestEpaPlatform.baseUrl()
                + " answered and accepted the token");

        submit("test-EPA0005");
        assertThat(text("problem")).contains("EPA0005").contains("refused the token (HTTP 401)");
        assertThat(browser.getPageSource()).doesNotContain(wrongToken);
    }

    @Test
    void anAdministratorAddsAUserWhoCanThenSignInWithTheirRoles() {
        signInAs("ADMIN");
        open("/admin");
        submit(browser.findElement(By.linkText("Users")));
        assertThat(heading()).isEqualTo("Users");

        type("name", "Pat Approver");
        type("email", "not an email");
        type("password", "short");
        submit("add-user");
        assertThat(errorSummary()).containsExactly("Email address must be an email address such as name@example.com",
                "Password must be 12 to 128 characters long", "Roles must name at least one role");
        assertThat(browser.findElement(By.id("password")).getAttribute("value")).isEmpty();
        screenshot("admin-add-user-errors");

        String email = unique("pat-") + "@provider.test";
        type("email", email);
        type("password", PASSWORD);
        click("roles-APPROVER");
        submit("add-user");

        assertThat(successBanner()).contains("Pat Approver (" + email + ") can now sign in as APPROVER");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("Pat Approver", email, "Approver");
        screenshot("admin-add-user");
        signIn(email, PASSWORD);
        assertThat(heading()).isEqualTo("Dashboard");
        assertThat(browser.findElements(By.linkText("Administration"))).isEmpty();
    }

    @Test
    void aUserWhoseEmailIsTakenIsRefusedAtTheField() {
        String taken = newUser("TUTOR");
        signInAs("ADMIN");
        open("/admin/users");
        type("name", "Second Person");
        type("email", taken);
        type("password", PASSWORD);
        click("roles");
        submit("add-user");

        assertThat(errorSummary()).containsExactly("A user with email " + taken + " already exists");
        assertThat(browser.findElement(By.id("roles")).isSelected()).isTrue();
    }

    @Test
    void onlyAdministratorsReachUsersAndApprovalSettings() {
        String email = newUser("APPROVER");
        PageSession session = new PageSession(port);
        session.signIn(email, PASSWORD);

        assertThat(session.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(session.post("/admin/users", Map.of("name", "Eve", "email", "eve@provider.test",
                "password", PASSWORD, "roles", "ADMIN"), true).statusCode()).isEqualTo(403);
        assertThat(session.post("/admin/approvals", Map.of("makerChecker", "on"), true).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/automations/settings").expect(200).body()).containsEntry("makerChecker", false);
    }
}
