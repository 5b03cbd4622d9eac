package uk.learnersync.provider.automations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.staff.StaffRole;
import uk.learnersync.provider.support.ProviderServiceTest;
import uk.learnersync.testing.Api;

class AutomationApiTest extends ProviderServiceTest {

    private static final String EPAO = "EPA0001";
    private static final String UNCONNECTED_EPAO = "EPA0002";

    @Autowired
    private AutomationManagement automations;

    private String programmeId;
    private String learnerId;

    @BeforeEach
    void learnerOnProgramme() {
        programmeId = programme(EPAO);
        learnerId = api.post("/api/v1/learners", Map.of("uln", "1000000043", "givenNames", "Ann",
                "familyName", "Smith", "dateOfBirth", "2005-04-01", "sex", "F", "ethnicity", 31,
                "email", "ann@example.com", "programme", Map.of("programmeId", programmeId,
                        "startDate", "2025-09-01", "plannedEndDate", "2027-03-01"))).expect(201).id();
    }

    @Test
    void aRequestedAutomationIsPendingWithItsFirstStepRecorded() {
        Map<String, Object> requested = request(breakInLearning()).expect(201).body();

        assertThat(requested).containsEntry("type", "BREAK_IN_LEARNING").containsEntry("learnerId", learnerId)
                .containsEntry("effectiveDate", "2026-01-05").containsEntry("status", "PENDING")
                .containsEntry("details", Map.of("expectedReturnDate", "2026-04-01"))
                .containsKeys("id", "requestedAt");
        assertThat((String) requested.get("requestedBy")).startsWith("api-token:");
        assertThat(history(requested)).singleElement()
                .satisfies(step -> assertThat(step).containsEntry("action", "REQUESTED")
                        .containsEntry("actor", requested.get("requestedBy")).containsEntry("channel", "API"));
        assertThat(api.get("/api/v1/automations/" + requested.get("id")).expect(200).body()).isEqualTo(requested);
        assertThat(api.get("/api/v1/automations?status=PENDING&learnerId=" + learnerId).expect(200).items())
                .extracting(item -> item.get("id")).containsExactly(requested.get("id"));
        assertThat(api.get("/api/v1/automations?status=APPLIED").expect(200).items()).isEmpty();
        assertThat(learner()).containsEntry("status", "ACTIVE");
    }

    @Test
    void eachTypeIsCheckedWhenRequestedAndNothingIsStored() {
        String otherEmployer = employer();
        String manager = api.post("/api/v1/managers", Map.of("givenName", "Max", "familyName", "Manager",
                "email", "max@employer.test", "employerId", otherEmployer)).expect(201).id();
        Map<String, Object> employer = api.post("/api/v1/employers", Map.of("name", unique("Acme "), "addresses",
                List.of(Map.of("line1", "1 High Street", "town", "Leeds", "postcode", "LS1 1AA")))).expect(201).body();

        assertThat(request(Map.of()).expect(400).fieldErrors())
                .containsOnlyKeys("type", "learnerId", "effectiveDate");
        assertThat(request(body("BREAK_IN_LEARNING", UUID.randomUUID().toString(), "2026-01-05", Map.of()))
                .expect(400).fieldErrors()).containsOnlyKeys("learnerId");
        assertThat(request(body("BREAK_IN_LEARNING", learnerId, "2025-08-31", Map.of())).expect(400).fieldErrors())
                .containsOnlyKeys("effectiveDate");
        assertThat(request(body("RETURN_TO_LEARNING", learnerId, "2026-01-05", Map.of("plannedEndDate", "2027-06-01")))
                .expect(400).fieldErrors()).containsOnlyKeys("type");
        assertThat(request(body("WITHDRAWAL", learnerId, "2026-01-05", Map.of("withdrawReason", 5)))
                .expect(400).fieldErrors()).containsOnlyKeys("details.withdrawReason");
        assertThat(request(body("CHANGE_OF_PROGRAMME", learnerId, "2026-01-05", Map.of("programmeId", programmeId,
                "startDate", "2026-01-05", "plannedEndDate", "2027-06-01"))).expect(400).fieldErrors())
                .containsOnlyKeys("details.programmeId");
        assertThat(request(body("CHANGE_OF_EMPLOYER", learnerId, "2026-01-05", Map.of("employerId", employer.get("id"),
                "employerAddressId", UUID.randomUUID().toString(), "managerId", manager))).expect(400).fieldErrors())
                .containsOnlyKeys("details.employerAddressId", "details.managerId");
        assertThat(request(body("CHANGE_OF_WORKING_CONDITIONS", learnerId, "2026-01-05", Map.of("managerId", manager)))
                .expect(400).fieldErrors()).containsOnlyKeys("type", "details.managerId");
        assertThat(api.get("/api/v1/automations?status=SOON&learnerId=x").expect(400).fieldErrors())
                .containsOnlyKeys("status", "learnerId");

        assertThat(api.get("/api/v1/automations").expect(200).items()).isEmpty();
    }

    @Test
    void CC_1_approvingAppliesTheChangeWithChannelAutomationAndRecordsWhoApproved() {
        String id = request(breakInLearning()).expect(201).id();

        Map<String, Object> approved = api.post("/api/v1/automations/" + id + "/approve", Map.of()).expect(200).body();

        assertThat(approved).containsEntry("status", "APPLIED").containsEntry("channel", "AUTOMATION")
                .containsKeys("decidedAt", "circumstanceId");
        assertThat(approved.get("decidedBy")).isEqualTo(approved.get("requestedBy"));
        assertThat(history(approved)).extracting(step -> step.get("action")).containsExactly("REQUESTED", "APPROVED");
        assertThat(learner()).containsEntry("status", "ON_BREAK").containsEntry("compStatus", 6);
        assertThat(api.get("/api/v1/learners/" + learnerId + "/circumstances").expect(200).items()).singleElement()
                .satisfies(circumstance -> assertThat(circumstance).containsEntry("id", approved.get("circumstanceId"))
                        .containsEntry("channel", "AUTOMATION").containsEntry("type", "BREAK_IN_LEARNING"));
    }

    @Test
    void approvingTwiceOrRejectingAnAppliedAutomationIsAConflict() {
        String id = request(breakInLearning()).expect(201).id();
        api.post("/api/v1/automations/" + id + "/approve", Map.of()).expect(200);

        assertThat(api.post("/api/v1/automations/" + id + "/approve", Map.of()).expect(409).body().get("detail"))
                .asString().contains("APPLIED").contains("only a PENDING automation can be approved");
        api.post("/api/v1/automations/" + id + "/reject", Map.of("reason", "Too late")).expect(409);

        assertThat(api.get("/api/v1/automations/" + id).body()).containsEntry("status", "APPLIED");
        assertThat(api.get("/api/v1/learners/" + learnerId + "/circumstances").items()).hasSize(1);
    }

    @Test
    void concurrentApprovalsApplyOnce() {
        String id = request(breakInLearning()).expect(201).id();

        List<Integer> statuses = List.of(
                CompletableFuture.supplyAsync(() -> api.post("/api/v1/automations/" + id + "/approve", Map.of()).status()),
                CompletableFuture.supplyAsync(() -> api.post("/api/v1/automations/" + id + "/approve", Map.of()).status()))
                .stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(api.get("/api/v1/learners/" + learnerId + "/circumstances").items()).hasSize(1);
    }

    @Test
    void rejectingNeedsAReasonAndAppliesNothing() {
        String id = request(breakInLearning()).expect(201).id();

        assertThat(api.post("/api/v1/automations/" + id + "/reject", Map.of()).expect(400).fieldErrors())
                .containsOnlyKeys("reason");
        assertThat(api.get("/api/v1/automations/" + id).body()).containsEntry("status", "PENDING");
        Map<String, Object> rejected = api.post("/api/v1/automations/" + id + "/reject",
                Map.of("reason", "The learner stays on programme")).expect(200).body();

        assertThat(rejected).containsEntry("status", "REJECTED")
                .containsEntry("rejectionReason", "The learner stays on programme").containsEntry("circumstanceId", null);
        assertThat(history(rejected)).last().satisfies(step -> assertThat(step).containsEntry("action", "REJECTED")
                .containsEntry("note", "The learner stays on programme"));
        assertThat(learner()).containsEntry("status", "ACTIVE").containsEntry("compStatus", 1);
        assertThat(api.get("/api/v1/learners/" + learnerId + "/circumstances").items()).isEmpty();
        assertThat(api.get("/api/v1/learners/" + learnerId + "/sync-log").expect(200).items()).isEmpty();
        api.post("/api/v1/automations/" + id + "/approve", Map.of()).expect(409);
        api.post("/api/v1/automations/" + id + "/reject", Map.of("reason", "Again")).expect(409);
    }

    @Test
    void aLearnerWhoseRecordChangedSinceTheRequestMakesApprovalAConflictAndNothingIsApplied() {
        String id = request(breakInLearning()).expect(201).id();
        api.post("/api/v1/learners/" + learnerId + "/circumstances", Map.of("type", "WITHDRAWAL",
                "effectiveDate", "2026-01-02", "details", Map.of("withdrawReason", 44))).expect(201);

        assertThat(api.post("/api/v1/automations/" + id + "/approve", Map.of()).expect(409).body().get("detail"))
                .asString().contains("no longer allows").contains("WITHDRAWN");
        api.get("/api/v1/automations/" + id + "/preview").expect(409);

        assertThat(api.get("/api/v1/automations/" + id).body()).containsEntry("status", "PENDING");
        assertThat(learner()).containsEntry("status", "WITHDRAWN");
        assertThat(api.get("/api/v1/learners/" + learnerId + "/circumstances").items()).hasSize(1);
    }

    @Test
    void aNewProviderHasMakerCheckerOn() {
        Api newProvider = apiFor(newProviderAccount());

        assertThat(newProvider.get("/api/v1/automations/settings").expect(200).body())
                .containsEntry("makerChecker", true);
    }

    @Test
    void withMakerCheckerOnTheRequesterCannotApproveButAnotherApproverCan() {
        assertThat(api.get("/api/v1/automations/settings").expect(200).body()).containsEntry("makerChecker", false);
        assertThat(api.put("/api/v1/automations/settings", Map.of()).expect(400).fieldErrors())
                .containsOnlyKeys("makerChecker");
        assertThat(api.put("/api/v1/automations/settings", Map.of("makerChecker", true)).expect(200).body())
                .containsEntry("makerChecker", true);
        String id = request(breakInLearning()).expect(201).id();

        assertThat(api.post("/api/v1/automations/" + id + "/approve", Map.of()).expect(409).body().get("detail"))
                .asString().contains("Maker-checker is on");
        assertThat(learner()).containsEntry("status", "ACTIVE");

        Automation approved = automations.approve(provider(), new AutomationId(UUID.fromString(id)),
                Approver.person(new ChangeOrigin("user:amy@provider.test", Channel.UI), List.of(StaffRole.APPROVER)));

        assertThat(approved.status()).isEqualTo(AutomationStatus.APPLIED);
        assertThat(approved.decidedBy()).isEqualTo("user:amy@provider.test");
        assertThat(learner()).containsEntry("status", "ON_BREAK");
    }

    @Test
    void onlyApproversAndAdminsMayDecide() {
        String id = request(breakInLearning()).expect(201).id();
        AutomationId automation = new AutomationId(UUID.fromString(id));
        ChangeOrigin tutor = new ChangeOrigin("user:tess@provider.test", Channel.UI);

        assertThatThrownBy(() -> automations.approve(provider(), automation,
                Approver.person(tutor, List.of(StaffRole.TUTOR, StaffRole.READ_ONLY))))
                .isInstanceOf(NotAnApproverException.class);
        assertThatThrownBy(() -> automations.reject(provider(), automation, "No",
                Approver.person(tutor, List.of(StaffRole.TUTOR)))).isInstanceOf(NotAnApproverException.class);
        assertThat(automations.reject(provider(), automation, "No",
                Approver.person(tutor, List.of(StaffRole.ADMIN))).status()).isEqualTo(AutomationStatus.REJECTED);
    }

    @Test
    void thePreviewShowsWhatWouldBeSentAndWhichRecordsChange() {
        String id = request(breakInLearning()).expect(201).id();

        Map<String, Object> preview = api.get("/api/v1/automations/" + id + "/preview").expect(200).body();

        assertThat(preview).containsEntry("automationId", id).containsEntry("learnerId", learnerId);
        assertThat(list(preview, "deliveries")).singleElement().satisfies(delivery -> assertThat(delivery)
                .containsEntry("sends", false)
                .containsEntry("reason", "The learner is not registered with an EPAO: nothing is sent"));
        assertThat(list(preview, "records")).contains(
                Map.of("record", "learner", "field", "status", "before", "ACTIVE", "after", "ON_BREAK"),
                Map.of("record", "learner", "field", "compStatus", "before", "1", "after", "6"));
        assertThat(learner()).containsEntry("status", "ACTIVE");
    }

    @Test
    void PC_1_thePreviewOfAMoveToAnUnconnectedEpaoShowsTheSwitchToManual() {
        api.post("/api/v1/epa-connections", Map.of("epaoId", EPAO, "baseUrl", "http://localhost:9/",
                "apiToken", "x")).expect(201);
        Map<String, Object> employer = api.get("/api/v1/employers/" + employer()).expect(200).body();
        api.patch("/api/v1/learners/" + learnerId, Map.of("employerId", employer.get("id"), "employerAddressId",
                list(employer, "addresses").get(0).get("id"))).expect(200);
        api.post("/api/v1/learners/" + learnerId + "/epa-registration", Map.of()).expect(201);
        String newProgramme = programme(UNCONNECTED_EPAO);
        String id = request(body("CHANGE_OF_PROGRAMME", learnerId, "2026-01-05", Map.of("programmeId", newProgramme,
                "startDate", "2026-01-05", "plannedEndDate", "2027-06-01"))).expect(201).id();

        Map<String, Object> preview = api.get("/api/v1/automations/" + id + "/preview").expect(200).body();

        assertThat(list(preview, "deliveries")).extracting(delivery -> delivery.get("ruleId") + " " + delivery.get("action"))
                .containsExactly("CC-4 RECORD_CIRCUMSTANCE", "PC-1 WITHDRAW_FROM_CONNECTION");
        assertThat(list(preview, "records"))
                .contains(Map.of("record", "learner", "field", "epaRegistration.mode", "before", "CONNECTED",
                        "after", "MANUAL"))
                .anySatisfy(record -> assertThat(record).containsEntry("record", "enrolmentHistory"));
    }

    @Test
    void anotherProvidersAutomationIsNotFoundAndUnchanged() {
        String id = request(breakInLearning()).expect(201).id();
        Api other = apiFor(newProviderAccount());

        other.get("/api/v1/automations/" + id).expect(404);
        other.get("/api/v1/automations/" + id + "/preview").expect(404);
        other.post("/api/v1/automations/" + id + "/approve", Map.of()).expect(404);
        other.post("/api/v1/automations/" + id + "/reject", Map.of("reason", "Not ours")).expect(404);
        assertThat(other.get("/api/v1/automations").expect(200).items()).isEmpty();
        assertThat(other.post("/api/v1/automations", breakInLearning()).expect(400).fieldErrors())
                .containsOnlyKeys("learnerId");

        assertThat(api.get("/api/v1/automations/" + id).body()).containsEntry("status", "PENDING");
        assertThat(learner()).containsEntry("status", "ACTIVE");
    }

    private Map<String, Object> breakInLearning() {
        return body("BREAK_IN_LEARNING", learnerId, "2026-01-05", Map.of("expectedReturnDate", "2026-04-01"));
    }

    private static Map<String, Object> body(String type, String learner, String effectiveDate,
                                            Map<String, Object> details) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("learnerId", learner);
        body.put("effectiveDate", effectiveDate);
        body.put("details", details);
        return body;
    }

    private Api.Response request(Map<String, Object> body) {
        return api.post("/api/v1/automations", body);
    }

    private String programme(String epaoId) {
        return api.post("/api/v1/programmes", Map.of("name", unique("Software developer "), "standardCode", 2,
                "standardReference", "ST0116", "standardVersion", "1.0", "options", List.of(),
                "epaoId", epaoId)).expect(201).id();
    }

    private String employer() {
        return api.post("/api/v1/employers", Map.of("name", unique("Other "), "addresses",
                List.of(Map.of("line1", "9 Side Street", "town", "York", "postcode", "YO1 7HH")))).expect(201).id();
    }

    private Map<String, Object> learner() {
        return api.get("/api/v1/learners/" + learnerId).expect(200).body();
    }

    private ProviderId provider() {
        return new ProviderId(UUID.fromString(providerId));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> history(Map<String, Object> automation) {
        return (List<Map<String, Object>>) automation.get("history");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String field) {
        return (List<Map<String, Object>>) body.get(field);
    }
}
