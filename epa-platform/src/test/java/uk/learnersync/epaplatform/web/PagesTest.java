package uk.learnersync.epaplatform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.epaplatform.support.Browser;
import uk.learnersync.epaplatform.support.EpaPlatformTest;
import uk.learnersync.testing.Api;

/** The EPAO staff's pages, used as a browser without scripts would, over real HTTP. */
class PagesTest extends EpaPlatformTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private Browser browser;

    @BeforeEach
    void signedIn() {
        browser = new Browser(port, "operator", ADMIN_TOKEN);
    }

    @Test
    void theHomePageListsTheOrganisationsInBritishEnglish() {
        Browser.Page home = browser.open("/").expect(200);

        assertThat(home.html()).contains("<html lang=\"en-GB\"", "href=\"/organisations/" + epaoId + "\"",
                "govuk-frontend.min.css");
        assertThat(home.text()).contains("Organisations", "Assessments");
    }

    @Test
    void theOrganisationPageListsApprenticesReadablyWithTheirTextEscapedAndTheConnections() {
        String uln = nextUln();
        Map<String, Object> body = new HashMap<>(registration(uln));
        // An employer's name is free text (a person's name is refused with markup in it).
        body.put("employer", employer(SCRIPT, "SW1A 1AA"));
        String id = (String) api.write("POST", "/api/v1/apprentices", body).expect(201).body().get("apprenticeId");

        Browser.Page page = browser.open("/organisations/" + epaoId).expect(200);

        assertThat(page.text()).contains(uln, "On programme", "Ada Lovelace", "ST0116 version 1.0", ukprn,
                "Providers' connections", "Active", "Revoke");
        assertThat(page.html()).contains("&lt;script&gt;", "href=\"/organisations/" + epaoId + "/apprentices/" + id
                + "\"", "class=\"govuk-back-link\"").doesNotContain(SCRIPT, "ON_PROGRAMME");
    }

    @Test
    void theApprenticePageShowsNamesAndUkDatesNeverCodesOrJson() {
        Map<String, Object> body = new HashMap<>(registration(nextUln()));
        body.put("phone", "07700 900123");
        body.put("address", Map.of("line1", "2 Low Road", "town", "Leeds", "postcode", "LS1 1AA"));
        String id = (String) api.write("POST", "/api/v1/apprentices", body).expect(201).body().get("apprenticeId");
        api.write("POST", "/api/v1/apprentices/" + id + "/circumstances", Map.of("type", "BREAK_IN_LEARNING",
                "effectiveDate", "2026-01-15", "detail", Map.of("expectedReturnDate", "2026-03-01"))).expect(200);

        Browser.Page page = browser.open(apprenticePage(id)).expect(200);

        assertThat(page.text()).contains("Break in learning", "Female",
                "English, Welsh, Scottish, Northern Irish or British", "10 December 2004", "07700 900123",
                "2 Low Road, Leeds LS1 1AA", "Expected return date 1 March 2026", "15 January 2026",
                "1 September 2025", "31 March 2027", "Grace Hopper", "Registered", "Change of circumstance recorded",
                "Provider " + ukprn, "Back to Assessments");
        assertThat(page.text()).doesNotContain("2026-03-01", "{", "}", "BREAK_IN_LEARNING", "SUSPENDED", " F ",
                " Ethnicity 31 ");
    }

    @Test
    void staffConfirmTheGatewayRecordAResultAndIssueTheCertificateWithTheForms() {
        String id = (String) register(api, nextUln()).get("apprenticeId");
        String path = apprenticePage(id);
        browser.open(path).expect(200);

        Browser.Page confirmed = browser.submit(path + "/gateway",
                Map.of("gatewayDate-day", "10", "gatewayDate-month", "1", "gatewayDate-year", "2026")).expect(302);
        assertThat(confirmed.location()).endsWith(path + "?done=gateway");
        assertThat(browser.open(path + "?done=gateway").text()).contains("Gateway confirmed",
                "10 January 2026, confirmed");

        browser.submit(path + "/result", Map.of("grade", "MERIT", "assessmentDate-day", "3",
                "assessmentDate-month", "2", "assessmentDate-year", "2026")).expect(302);
        assertThat(browser.open(path).text()).contains("Completed", "Merit, assessed 3 February 2026",
                "Issue certificate");

        browser.submit(path + "/certificate", Map.of()).expect(302);
        assertThat(browser.open(path).text()).contains("Certified",
                "No action can be taken while the apprentice is certified.");
        assertThat(api.get("/api/v1/apprentices/" + id).body()).containsEntry("status", "CERTIFIED");
    }

    @Test
    void badFormInputIsShownAgainWithAnErrorSummaryAndNothingChanges() {
        String id = (String) register(api, nextUln()).get("apprenticeId");
        String path = apprenticePage(id);
        browser.open(path).expect(200);

        Browser.Page invalid = browser.submit(path + "/gateway",
                Map.of("gatewayDate-day", "31", "gatewayDate-month", "2", "gatewayDate-year", "2026")).expect(400);

        assertThat(invalid.text()).contains("There is a problem", "Gateway date must be a real date");
        assertThat(invalid.html()).contains("href=\"#gatewayDate-day\"", "govuk-form-group--error",
                "id=\"gatewayDate-day\"", "value=\"31\"", "<title>Error: ");
        assertThat(browser.submit(path + "/gateway", Map.of("gatewayDate-day", "1", "gatewayDate-month", "1",
                "gatewayDate-year", Integer.toString(TODAY.getYear() + 1))).expect(400).text())
                .contains("Gateway date must be today or in the past");
        assertThat(browser.submit(path + "/gateway", Map.of("gatewayDate-day", "1", "gatewayDate-month", "1",
                "gatewayDate-year", "2025")).expect(400).text())
                .contains("Gateway date must not be before the programme's start date 1 September 2025");
        assertThat(browser.submit(path + "/withdraw", Map.of("reason", " ")).expect(400).text())
                .contains("Enter the reason for withdrawing the apprentice");
        assertThat(api.get("/api/v1/apprentices/" + id).body()).containsEntry("gateway", null)
                .containsEntry("status", "ON_PROGRAMME");

        browser.submit(path + "/gateway", Map.of("gatewayDate-day", "10", "gatewayDate-month", "1",
                "gatewayDate-year", "2026")).expect(302);
        browser.open(path);
        assertThat(browser.submit(path + "/result", Map.of()).expect(400).text())
                .contains("Select the grade", "Enter the assessment date");
    }

    @Test
    void aRefusalOfThePlatformIsShownInTheErrorSummary() {
        String id = (String) register(api, nextUln()).get("apprenticeId");
        api.write("POST", "/api/v1/apprentices/" + id + "/circumstances", Map.of("type", "BREAK_IN_LEARNING",
                "effectiveDate", TODAY.toString())).expect(200);
        String path = apprenticePage(id);
        Browser.Page page = browser.open(path).expect(200);
        assertThat(page.html()).doesNotContain("Confirm gateway").contains("Withdraw apprentice");

        Browser.Page refused = browser.submit(path + "/gateway",
                Map.of("gatewayDate-day", "10", "gatewayDate-month", "1", "gatewayDate-year", "2026")).expect(409);

        assertThat(refused.text()).contains("There is a problem",
                "A gateway is not allowed while the apprentice's status is break in learning");
    }

    @Test
    void staffWithdrawAnApprenticeAndNoFurtherActionIsOffered() {
        String id = (String) register(api, nextUln()).get("apprenticeId");
        String path = apprenticePage(id);
        browser.open(path).expect(200);

        browser.submit(path + "/withdraw", Map.of("reason", "Moved abroad")).expect(302);

        Browser.Page page = browser.open(path + "?done=withdraw").expect(200);
        assertThat(page.text()).contains("Apprentice withdrawn", "Withdrawn",
                "No action can be taken while the apprentice is withdrawn.", "Withdrawn by the EPAO", "EPAO staff",
                "Reason Moved abroad");
        assertThat(page.html()).doesNotContain("<form");
    }

    @Test
    void theRevokeButtonRevokesAConnectionWhoseTokenThenGets401() {
        String id = (String) register(api, nextUln()).get("apprenticeId");
        String connectionId = (String) admin.get("/admin/organisations/" + epaoId + "/connections").items().get(0)
                .get("connectionId");
        browser.open("/organisations/" + epaoId).expect(200);

        assertThat(browser.submitWithoutToken("/organisations/" + epaoId + "/connections/" + connectionId + "/revoke",
                Map.of()).expect(403).text()).contains("You cannot do this");
        api.get("/api/v1/apprentices/" + id).expect(200);

        browser.open("/organisations/" + epaoId).expect(200);
        Browser.Page revoked = browser.submit("/organisations/" + epaoId + "/connections/" + connectionId
                + "/revoke", Map.of()).expect(302);

        assertThat(revoked.location()).contains("/organisations/" + epaoId + "?revoked");
        api.get("/api/v1/apprentices/" + id).expect(401);
        assertThat(browser.open("/organisations/" + epaoId + "?revoked").text()).contains("Connection revoked",
                "Revoked " + TODAY.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
    }

    @Test
    void anOrganisationsApprenticesComeFiftyAPage() {
        for (int i = 0; i < 51; i++) {
            register(api, nextUln());
        }

        Browser.Page first = browser.open("/organisations/" + epaoId).expect(200);
        Browser.Page second = browser.open("/organisations/" + epaoId + "?page=2").expect(200);

        assertThat(first.html().split("/apprentices/", -1)).hasSize(51);
        assertThat(first.html()).contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        assertThat(second.html().split("/apprentices/", -1)).hasSize(2);
        assertThat(second.html()).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void anUnknownOrganisationOrApprenticeGetsAPageOfTheServiceNotAFrameworkPage() {
        for (String path : new String[] {"/organisations/EPA9997", "/organisations/not-an-epao",
                "/organisations/" + epaoId + "/apprentices/00000000-0000-0000-0000-000000000000",
                "/organisations/" + epaoId + "/apprentices/not-an-id", "/no-such-page"}) {
            Browser.Page missing = browser.open(path).expect(404);
            assertThat(missing.html()).contains("<html lang=\"en-GB\"", "Page not found").doesNotContain("Whitelabel");
        }
    }

    @Test
    void thePagesNeedTheOperatorsSignInAndTheirStylesNeedNone() {
        Browser.Page anonymous = new Browser(port, null, null).open("/organisations/" + epaoId).expect(401);
        assertThat(anonymous.html()).contains("Sign in to continue").doesNotContain("Whitelabel");
        new Browser(port, "operator", "wrong").open("/").expect(401);
        new Browser(port, "someone", ADMIN_TOKEN).open("/").expect(401);
        Api anyone = admin.withToken(null);
        assertThat(anyone.get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css").expect(200).contentType())
                .startsWith("text/css");
        anyone.get("/assets/rebrand/images/favicon.ico").expect(200);
        assertThat(admin.withBasic("operator", ADMIN_TOKEN).get("/").headers("Content-Security-Policy"))
                .singleElement().satisfies(policy -> assertThat(policy)
                .contains("default-src 'none'", "style-src 'self'", "form-action 'self'"));
    }

    @Test
    void healthIsPublicAndUp() {
        assertThat(admin.withToken(null).get("/actuator/health").expect(200).body()).containsEntry("status", "UP");
    }

    private String apprenticePage(String id) {
        return "/organisations/" + epaoId + "/apprentices/" + id;
    }
}
