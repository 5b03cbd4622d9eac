package uk.learnersync.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.provider.support.EndToEndTest;

/**
 * CV-6 in the pages: two people open the same edit page, each changes a different field and saves.
 * Each form says what it showed, so saving applies only what its person changed onto the record as
 * it is then, and both changes are kept. Plain HTTP form posts, as a browser would send them.
 */
class ConcurrentPageEditsTest extends EndToEndTest {

    private static final Pattern SHOWN = Pattern.compile("<input type=\"hidden\" name=\"was\\.([^\"]+)\" value=\"([^\"]*)\">");

    private PageSession ann;
    private PageSession ben;
    private String programme;
    private Map<String, String> employer;
    private String caseOwner;
    private String manager;
    private String learner;

    @BeforeEach
    void twoPeopleSignedIn() {
        programme = scenario.programme("EPA0001");
        employer = scenario.employer("Acme Ltd", "LS1 4AP");
        caseOwner = scenario.caseOwner("Tess");
        manager = scenario.manager(employer.get("id"), "Mona");
        learner = scenario.learner(programme, Map.of("caseOwnerId", caseOwner, "managerId", manager,
                "employerId", employer.get("id"), "employerAddressId", employer.get("addressId")));
        ann = signedIn();
        ben = signedIn();
    }

    @Test
    void CV_6_twoPeopleSavingOneCaseOwnersPageWithDifferentChangesKeepBoth() {
        String page = "/case-owners/" + caseOwner;

        bothSave(page, page, Map.of("familyName", "Teacher"), Map.of("email", "tess.teacher@provider.test"));

        assertThat(api.get("/api/v1/case-owners/" + caseOwner).expect(200).body())
                .containsEntry("familyName", "Teacher").containsEntry("email", "tess.teacher@provider.test");
    }

    @Test
    void CV_6_twoPeopleSavingOneManagersPageWithDifferentChangesKeepBoth() {
        String page = "/managers/" + manager;

        bothSave(page, page, Map.of("givenName", "Monica"), Map.of("phone", "0113 496 0999"));

        assertThat(api.get("/api/v1/managers/" + manager).expect(200).body())
                .containsEntry("givenName", "Monica").containsEntry("phone", "0113 496 0999");
    }

    @Test
    void CV_6_twoPeopleSavingOneEmployersPageWithDifferentChangesKeepBoth() {
        String page = "/employers/" + employer.get("id");

        bothSave(page, page, Map.of("name", "Acme Engineering Ltd"), Map.of("empId", "907173756"));

        assertThat(api.get("/api/v1/employers/" + employer.get("id")).expect(200).body())
                .containsEntry("name", "Acme Engineering Ltd").containsEntry("empId", "907173756");
    }

    @Test
    void CV_6_twoPeopleSavingOneAddressPageWithDifferentChangesKeepBoth() {
        String page = "/employers/" + employer.get("id") + "/addresses/" + employer.get("addressId");

        bothSave(page, page, Map.of("line1", "2 Park Row"), Map.of("postcode", "LS1 5AB"));

        assertThat(api.get("/api/v1/employers/" + employer.get("id") + "/addresses/" + employer.get("addressId"))
                .expect(200).body()).containsEntry("line1", "2 Park Row").containsEntry("postcode", "LS1 5AB")
                .containsEntry("town", "Leeds");
    }

    @Test
    void CV_6_twoPeopleSavingOneLearnersPersonalDetailsWithDifferentChangesKeepBoth() {
        String page = "/learners/" + learner + "/details";

        bothSave(page, page, Map.of("givenNames", "Augusta"), Map.of("email", "augusta@learner.test"));

        assertThat(api.get("/api/v1/learners/" + learner).expect(200).body())
                .containsEntry("givenNames", "Augusta").containsEntry("email", "augusta@learner.test")
                .containsEntry("familyName", "Lovelace");
    }

    @Test
    void CV_6_twoPeopleSavingOneLearnersLinksWithDifferentChangesKeepBoth() {
        String otherCaseOwner = scenario.caseOwner("Theo");
        String otherManager = scenario.manager(employer.get("id"), "Max");
        String page = "/learners/" + learner;

        bothSave(page, page + "/links", Map.of("caseOwnerId", otherCaseOwner), Map.of("managerId", otherManager));

        assertThat(api.get("/api/v1/learners/" + learner).expect(200).body())
                .containsEntry("caseOwnerId", otherCaseOwner).containsEntry("managerId", otherManager)
                .containsEntry("employerId", employer.get("id"))
                .containsEntry("employerAddressId", employer.get("addressId"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void CV_6_twoPeopleSavingOneLearnersProgrammeDetailsWithDifferentChangesKeepBoth() {
        String page = "/learners/" + learner + "/programme";

        bothSave(page, page, Map.of("plannedEndDate-year", "2028"), Map.of("epaPeriodMonths", "6"));

        assertThat((Map<String, Object>) api.get("/api/v1/learners/" + learner).expect(200).body().get("programme"))
                .containsEntry("plannedEndDate", "2028-03-31").containsEntry("epaPeriodMonths", 6)
                .containsEntry("startDate", "2025-09-01");
    }

    /**
     * Ann and Ben open the page; Ann saves her change, then Ben saves his from the form he opened
     * before hers, which still shows her field as it was. Both saves succeed.
     */
    private void bothSave(String page, String action, Map<String, String> anns, Map<String, String> bens) {
        Map<String, String> annSees = shown(ann, page, action);
        Map<String, String> benSees = shown(ben, page, action);
        assertThat(annSees).containsKeys(anns.keySet().toArray(String[]::new))
                .containsKeys(bens.keySet().toArray(String[]::new));

        assertThat(save(ann, action, annSees, anns).statusCode()).as("Ann's save").isEqualTo(302);
        assertThat(save(ben, action, benSees, bens).statusCode()).as("Ben's save").isEqualTo(302);
    }

    /** What the page's form posting to {@code action} showed, from its hidden {@code was.} inputs. */
    private static Map<String, String> shown(PageSession session, String page, String action) {
        String html = session.get(page).body();
        int form = html.indexOf("action=\"" + action + "\"");
        assertThat(form).as("a form posting to %s on %s", action, page).isPositive();
        Matcher matcher = SHOWN.matcher(html.substring(form, html.indexOf("</form>", form)));
        Map<String, String> shown = new LinkedHashMap<>();
        while (matcher.find()) {
            shown.put(matcher.group(1), unescape(matcher.group(2)));
        }
        return shown;
    }

    /** Posts the form as a browser would: every input as shown, but for the person's changes. */
    private static HttpResponse<String> save(PageSession session, String action, Map<String, String> shown,
                                             Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>(shown);
        fields.putAll(changes);
        shown.forEach((field, value) -> fields.put("was." + field, value));
        return session.post(action, fields, true);
    }

    private PageSession signedIn() {
        String email = unique("staff-") + "@provider.test";
        String password = "correct horse battery staple";
        admin.post("/api/admin/providers/" + providerId + "/users", Map.of("email", email, "name", "Sam Staff",
                "password", password, "roles", List.of("TUTOR"))).expect(201);
        PageSession session = new PageSession(port);
        assertThat(session.signIn(email, password).statusCode()).isEqualTo(302);
        return session;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
