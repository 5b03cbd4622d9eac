package uk.learnersync.epaplatform.apprentices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.epaplatform.support.EpaPlatformTest;
import uk.learnersync.testing.Api;

/** What the EPAO's own staff do on the platform, and what the provider's connection sees of it. */
class EpaoActionsTest extends EpaPlatformTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

    private String uln;
    private String id;
    private String path;
    private String staff;

    @BeforeEach
    void registered() {
        uln = nextUln();
        id = (String) register(api, uln).get("apprenticeId");
        path = "/api/v1/apprentices/" + id;
        staff = "/admin/organisations/" + epaoId + "/apprentices/" + id;
    }

    @Test
    void TW_1_aConfirmedGatewayShowsOnTheRecordAndLocksTheStandardVersionAndOption() {
        Map<String, Object> record = admin.post(staff + "/gateway", Map.of("gatewayDate", "2026-01-10")).expect(200)
                .body();

        assertThat(record).containsEntry("status", "ON_PROGRAMME");
        @SuppressWarnings("unchecked")
        Map<String, Object> gateway = (Map<String, Object>) record.get("gateway");
        assertThat(gateway).containsEntry("date", "2026-01-10").containsKey("confirmedAt");
        assertThat(api.get(path).expect(200).body().get("gateway")).isEqualTo(gateway);

        Map<String, Object> newVersion = new HashMap<>(programme("ST0116", "2025-09-01", "2027-03-31"));
        newVersion.put("standardVersion", "1.1");
        Api.Response locked = api.write("PUT", path + "/programme", newVersion).expect(409);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(locked.body()).containsEntry("code", "LOCKED_AFTER_GATEWAY").containsEntry("status", 409)
                .containsKeys("title", "detail");
        api.write("POST", path + "/programme-changes", Map.of("effectiveDate", "2026-02-01",
                "programme", programme("ST0457", "2026-02-01", "2027-12-31"))).expect(409);
        api.write("POST", path + "/circumstances", Map.of("type", "CHANGE_OF_PROGRAMME", "effectiveDate",
                "2026-02-01", "detail", Map.of("programme", programme("ST0457", "2026-02-01", "2027-12-31"))))
                .expect(409);
        // Writes that leave the standard, version and option as they are still pass.
        api.write("PUT", path + "/programme", programme("ST0116", "2025-09-01", "2027-06-30")).expect(200);
        api.write("PUT", path + "/tutor", contact("Joan", "Clarke")).expect(200);
        assertThat(api.get(path).body().get("programmes")).asInstanceOf(
                InstanceOfAssertFactories.LIST).singleElement()
                .satisfies(programme -> assertThat(object(programme)).containsEntry("standardVersion", "1.0")
                        .containsEntry("plannedEndDate", "2027-06-30"));
    }

    @Test
    void TW_2_aPassCompletesTheRecordAndACertificateCertifiesIt() {
        admin.post(staff + "/gateway", Map.of("gatewayDate", "2026-01-10")).expect(200);

        Map<String, Object> passed = admin.post(staff + "/result",
                Map.of("grade", "DISTINCTION", "assessmentDate", "2026-02-03")).expect(200).body();

        assertThat(passed).containsEntry("status", "COMPLETED")
                .containsEntry("result", Map.of("grade", "DISTINCTION", "assessmentDate", "2026-02-03"));
        assertThat(api.get(path).body()).containsEntry("status", "COMPLETED");
        assertThat(admin.send("POST", staff + "/certificate", null, null).expect(200).body()).containsEntry("status", "CERTIFIED");
        assertThat(admin.post(staff + "/certificate", Map.of()).expect(409).body())
                .containsEntry("code", "RECORD_CLOSED");
    }

    @Test
    void aFailPutsTheRecordUnderReviewAndARetakeSendsItBackIntoLearningWithoutTheLock() {
        admin.post(staff + "/gateway", Map.of("gatewayDate", "2026-01-10")).expect(200);

        assertThat(admin.post(staff + "/result", Map.of("grade", "FAIL", "assessmentDate", "2026-02-03"))
                .expect(200).body()).containsEntry("status", "RETAKE_REVIEW")
                .containsEntry("result", Map.of("grade", "FAIL", "assessmentDate", "2026-02-03"));
        Map<String, Object> retaking = admin.post(staff + "/back-into-learning", Map.of("reason", "Retake agreed"))
                .expect(200).body();

        assertThat(retaking).containsEntry("status", "BACK_INTO_LEARNING").containsEntry("gateway", null);
        Map<String, Object> newVersion = new HashMap<>(programme("ST0116", "2025-09-01", "2027-03-31"));
        newVersion.put("standardVersion", "1.1");
        api.write("PUT", path + "/programme", newVersion).expect(200);
    }

    @Test
    void aResultNeedsAConfirmedGatewayAndDatesMustBeSensible() {
        assertThat(admin.post(staff + "/result", Map.of("grade", "PASS", "assessmentDate", "2026-02-03"))
                .expect(409).body()).containsEntry("code", "TRANSITION_NOT_ALLOWED");
        assertThat(admin.post(staff + "/gateway", Map.of("gatewayDate", "2999-01-01")).expect(400).fieldErrors())
                .containsEntry("gatewayDate", "must not be in the future");
        assertThat(admin.post(staff + "/gateway", Map.of("gatewayDate", "2025-01-01")).expect(400).fieldErrors())
                .containsOnlyKeys("gatewayDate");
        assertThat(admin.post(staff + "/result", Map.of("grade", "GOOD")).expect(400).fieldErrors())
                .containsOnlyKeys("grade", "assessmentDate");
        assertThat(admin.post(staff + "/gateway", Map.of("gatewayDate", TODAY, "colour", "blue")).expect(400)
                .fieldErrors()).containsEntry("colour", "is not a known field");
        assertThat(api.get(path).body()).containsEntry("gateway", null).containsEntry("status", "ON_PROGRAMME");
    }

    @Test
    void TW_3_anEpaoWithdrawalClosesTheRecordAndTheProviderCanNoLongerReopenIt() {
        Map<String, Object> withdrawn = admin.post(staff + "/withdraw", Map.of("reason", "Left the employer"))
                .expect(200).body();

        assertThat(withdrawn).containsEntry("status", "WITHDRAWN");
        assertThat((List<?>) withdrawn.get("epaoActions")).singleElement().satisfies(action -> assertThat(
                object(action)).containsEntry("type", "WITHDRAWN_BY_EPAO").containsEntry("reason",
                "Left the employer").containsEntry("effectiveDate", TODAY));
        assertThat(api.write("POST", path + "/circumstances", Map.of("type", "BREAK_IN_LEARNING",
                "effectiveDate", TODAY)).expect(409).body()).containsEntry("code", "RECORD_CLOSED");
        api.write("POST", path + "/circumstances", Map.of("type", "WITHDRAWAL", "effectiveDate", TODAY,
                "detail", Map.of("withdrawReason", 44))).expect(200);
        assertThat(admin.post(staff + "/withdraw", Map.of("reason", "Again")).expect(409).body())
                .containsEntry("code", "RECORD_CLOSED");
        assertThat(admin.post(staff + "/withdraw", Map.of()).expect(400).fieldErrors()).containsOnlyKeys("reason");
    }

    @Test
    void TW_4_anEditOnThePlatformMergesThePatchIntoThePersonalDetails() {
        Map<String, Object> patch = new HashMap<>();
        patch.put("familyName", "King");
        patch.put("email", null);
        patch.put("address", Map.of("line1", "3 Mill Lane", "town", "York", "postcode", "yo1 7hh"));

        Map<String, Object> edited = admin.send("PATCH", staff, json.writeValueAsString(patch), null,
                "application/merge-patch+json").expect(200).body();

        assertThat(edited).containsEntry("familyName", "King").containsEntry("givenNames", "Ada")
                .containsEntry("email", null).containsEntry("uln", uln);
        assertThat(edited.get("address")).isEqualTo(address("3 Mill Lane", "York", "YO1 7HH"));
        assertThat(admin.send("PATCH", staff, "{\"sex\": \"X\", \"givenNames\": null}", null,
                "application/merge-patch+json").expect(400).fieldErrors()).containsOnlyKeys("sex", "givenNames");
        assertThat(admin.send("PATCH", staff, "{\"colour\": \"blue\"}", null, "application/merge-patch+json")
                .expect(400).fieldErrors()).containsEntry("colour", "is not a known field");
        assertThat(admin.send("PATCH", staff, "{\"uln\": \"9999999999\"}", null, "application/merge-patch+json")
                .expect(422).body()).containsEntry("code", "TEMPORARY_ULN");
        assertThat(api.get(path).body()).containsEntry("familyName", "King");
    }

    @Test
    void theHistoryShowsTheEpaosActionsBesideTheProvidersWrites() {
        admin.post(staff + "/gateway", Map.of("gatewayDate", "2026-01-10")).expect(200);

        List<Map<String, Object>> history = admin.get(staff + "/history").expect(200).items();

        assertThat(history).extracting(entry -> entry.get("call"), entry -> entry.get("origin")).containsExactly(
                tuple("REGISTER", "PROVIDER"),
                tuple("GATEWAY_CONFIRMED", "EPAO"));
        assertThat(history.get(1)).containsEntry("connectionId", null)
                .containsEntry("body", Map.of("gatewayDate", "2026-01-10"));
    }

    @Test
    void staffActOnlyOnTheirOwnOrganisationsApprentices() {
        String elsewhere = newOrganisation("Elsewhere");

        admin.post("/admin/organisations/" + elsewhere + "/apprentices/" + id + "/gateway",
                Map.of("gatewayDate", "2026-01-10")).expect(404);
        admin.post("/admin/organisations/" + epaoId + "/apprentices/not-an-id/withdraw", Map.of("reason", "x"))
                .expect(404);
        admin.withToken(null).post(staff + "/gateway", Map.of("gatewayDate", "2026-01-10")).expect(401);
        api.post(staff + "/gateway", Map.of("gatewayDate", "2026-01-10")).expect(401);
        assertThat(admin.get(staff).expect(200).body()).containsEntry("gateway", null);
    }

    private static Map<String, Object> address(String line1, String town, String postcode) {
        Map<String, Object> address = new HashMap<>();
        address.put("line1", line1);
        address.put("line2", null);
        address.put("line3", null);
        address.put("town", town);
        address.put("postcode", postcode);
        return address;
    }
}
