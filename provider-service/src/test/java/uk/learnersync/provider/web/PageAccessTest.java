package uk.learnersync.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import uk.learnersync.provider.support.SyncScenario;
import uk.learnersync.testing.Api;

/** Who sees what: another provider's records do not exist, READ_ONLY users change nothing, user text stays text. */
class PageAccessTest extends PageTest {

    @Test
    void anotherProvidersLearnerPageIsNotFound() {
        Map<String, Object> other = newProviderAccount();
        SyncScenario theirs = new SyncScenario(apiFor(other), platformAdmin, (String) other.get("ukprn"));
        String theirLearner = theirs.learner(theirs.programme("EPA0001"), Map.of());
        String email = newUser("ADMIN");
        signIn(email, PASSWORD);

        open("/learners/" + theirLearner);

        assertThat(heading()).isEqualTo("Page not found");
        assertThat(browser.getPageSource()).doesNotContain("Lovelace");
        PageSession session = new PageSession(port);
        session.signIn(email, PASSWORD);
        assertThat(session.get("/learners/" + theirLearner).statusCode()).isEqualTo(404);
        assertThat(session.get("/learners/" + theirLearner + "/programme").statusCode()).isEqualTo(404);
        assertThat(session.get("/learners/not-an-id").statusCode()).isEqualTo(404);
        assertThat(session.post("/learners/" + theirLearner + "/details",
                Map.of("uln", SyncScenario.nextUln()), true).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherProvidersCaseOwnerEmployerAndManagerPagesAreNotFound() {
        Api theirApi = apiFor(newProviderAccount());
        SyncScenario theirs = new SyncScenario(theirApi, platformAdmin, "10000000");
        Map<String, String> employer = theirs.employer("Their Employer", "LS1 4AP");
        String email = newUser("ADMIN");
        PageSession session = new PageSession(port);
        session.signIn(email, PASSWORD);

        assertThat(session.get("/case-owners/" + theirs.caseOwner("Theirs")).statusCode()).isEqualTo(404);
        assertThat(session.get("/employers/" + employer.get("id")).statusCode()).isEqualTo(404);
        assertThat(session.get("/employers/" + employer.get("id") + "/addresses/" + employer.get("addressId"))
                .statusCode()).isEqualTo(404);
        assertThat(session.get("/managers/" + theirs.manager(employer.get("id"), "Theirs")).statusCode()).isEqualTo(404);
    }

    @Test
    void aReadOnlyUserSeesRecordsWithoutFormsAndEveryChangeIsRefused() {
        String learner = scenario.learner(scenario.programme("EPA0001"), Map.of());
        String caseOwner = scenario.caseOwner("Tess");
        String email = signInAs("READ_ONLY");

        open("/learners/" + learner);
        assertThat(text("learner-name")).isEqualTo("Ada Lovelace");
        assertThat(browser.findElements(By.cssSelector("main form"))).isEmpty();
        assertThat(text("personal-details-summary")).contains("Female");
        open("/case-owners/" + caseOwner);
        assertThat(browser.findElements(By.cssSelector("main form"))).isEmpty();
        open("/learners/" + learner + "/programme");
        assertThat(browser.findElements(By.cssSelector("main form"))).isEmpty();

        PageSession session = new PageSession(port);
        session.signIn(email, PASSWORD);
        HttpResponse<String> refused = session.post("/case-owners/" + caseOwner, Map.of("givenName", "Changed",
                "familyName", "Tutor", "email", "tess@provider.test", "phone", ""), true);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("You cannot do this");
        assertThat(session.post("/learners/" + learner + "/registration", Map.of("mode", "MANUAL"), true).statusCode())
                .isEqualTo(403);
        assertThat(session.post("/learners/" + learner + "/programme", Map.of("epaPeriodMonths", "9"), true).statusCode())
                .isEqualTo(403);
        assertThat(session.post("/case-owners", Map.of("givenName", "New", "familyName", "Owner",
                "email", "new@provider.test"), true).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/case-owners/" + caseOwner).expect(200).body()).containsEntry("givenName", "Tess");
        assertThat(api.get("/api/v1/case-owners").expect(200).items()).hasSize(1);
        assertThat(api.get("/api/v1/learners/" + learner).expect(200).body().get("epaRegistration").toString())
                .contains("mode=NONE");
    }

    @Test
    void onlyAdministratorsReachAdministration() {
        String email = newUser("TUTOR");
        PageSession session = new PageSession(port);
        session.signIn(email, PASSWORD);

        assertThat(session.get("/admin/connections").statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/sync-policy").statusCode()).isEqualTo(403);
        assertThat(session.post("/admin/sync-policy/PG-4", Map.of("channels", "API"), true).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/sync/policy").expect(200).items())
                .filteredOn(rule -> "PG-4".equals(rule.get("id"))).singleElement()
                .satisfies(rule -> assertThat(rule.get("addedChannels")).isEqualTo(List.of()));
    }

    @Test
    void userEnteredTextIsShownAsTextNeverRunAsMarkup() {
        // A name or an address line with markup is refused (ESFA's patterns); an employer's name is free text.
        String script = "<script>window.pwned=true</script>";
        String employer = api.post("/api/v1/employers", Map.of("name", "Eve " + script, "addresses",
                List.of(Map.of("line1", "1 High Street", "town", "Leeds", "postcode", "LS1 4AP")))).expect(201).id();
        signInAs("TUTOR");

        open("/employers");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Eve " + script);
        open("/employers/" + employer);

        assertThat(heading()).contains(script);
        assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("Eve " + script);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.getPageSource()).doesNotContain(script);
    }
}
