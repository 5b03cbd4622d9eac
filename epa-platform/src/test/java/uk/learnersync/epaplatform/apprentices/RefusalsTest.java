package uk.learnersync.epaplatform.apprentices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.learnersync.epaplatform.support.EpaPlatformTest;
import uk.learnersync.testing.Api;

/** The refusals of a real EPA platform, each a problem+json with the code a provider can act on. */
class RefusalsTest extends EpaPlatformTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void theTemporaryUlnIsRefusedOnRegistrationAndOnAChangeOfLearnerDetails() {
        Api.Response refused = api.write("POST", "/api/v1/apprentices", registration("9999999999")).expect(422);

        assertRefusal(refused, 422, "TEMPORARY_ULN");
        assertThat(atOrganisation(epaoId, "9999999999")).isEmpty();
        String uln = nextUln();
        String id = (String) register(api, uln).get("apprenticeId");
        assertRefusal(api.write("PUT", "/api/v1/apprentices/" + id + "/learner", learner("9999999999", "Ada"))
                .expect(422), 422, "TEMPORARY_ULN");
        assertThat(api.get("/api/v1/apprentices/" + id).body()).containsEntry("uln", uln);
    }

    @Test
    void aSecondLiveRecordForTheSameUlnAndStandardAtOneOrganisationIsRefused() {
        String uln = nextUln();
        String first = (String) register(api, uln).get("apprenticeId");
        Api otherProvider = connect(epaoId, nextUkprn());

        assertRefusal(api.write("POST", "/api/v1/apprentices", registration(uln)).expect(409), 409,
                "DUPLICATE_RECORD");
        assertRefusal(otherProvider.write("POST", "/api/v1/apprentices", registration(uln)).expect(409), 409,
                "DUPLICATE_RECORD");
        Map<String, Object> otherStandard = new HashMap<>(registration(uln));
        otherStandard.put("programme", programme("ST0457", "2025-09-01", "2027-03-31"));
        api.write("POST", "/api/v1/apprentices", otherStandard).expect(201);
        register(connect(newOrganisation("Elsewhere"), ukprn), uln);

        api.write("POST", "/api/v1/apprentices/" + first + "/circumstances",
                Map.of("type", "WITHDRAWAL", "effectiveDate", TODAY.toString())).expect(200);
        register(otherProvider, uln);
        assertThat(atOrganisation(epaoId, uln)).hasSize(3);
    }

    @Test
    void aChangeOfUlnOrStandardThatWouldDuplicateALiveRecordIsRefused() {
        String uln = nextUln();
        register(api, uln);
        String otherId = (String) register(api, nextUln()).get("apprenticeId");

        assertRefusal(api.write("PUT", "/api/v1/apprentices/" + otherId + "/learner", learner(uln, "Ada"))
                .expect(409), 409, "DUPLICATE_RECORD");
        String thirdUln = nextUln();
        Map<String, Object> otherStandard = new HashMap<>(registration(thirdUln));
        otherStandard.put("programme", programme("ST0457", "2025-09-01", "2027-03-31"));
        String third = (String) api.write("POST", "/api/v1/apprentices", otherStandard).expect(201).body()
                .get("apprenticeId");
        register(api, thirdUln);
        assertRefusal(api.write("PUT", "/api/v1/apprentices/" + third + "/programme",
                programme("ST0116", "2025-09-01", "2027-03-31")).expect(409), 409, "DUPLICATE_RECORD");
    }

    @Test
    void writesThatWouldReopenAWithdrawnRecordAreRefusedButCorrectionsAreAccepted() {
        String id = (String) register(api, nextUln()).get("apprenticeId");
        String path = "/api/v1/apprentices/" + id;
        api.write("POST", path + "/circumstances", Map.of("type", "WITHDRAWAL", "effectiveDate", TODAY.toString(),
                "detail", Map.of("withdrawReason", 44))).expect(200);

        for (Map<String, Object> circumstance : List.of(
                Map.<String, Object>of("type", "BREAK_IN_LEARNING", "effectiveDate", TODAY.toString()),
                Map.<String, Object>of("type", "RETURN_TO_LEARNING", "effectiveDate", TODAY.toString(),
                        "detail", Map.of("plannedEndDate", "2027-08-31")))) {
            assertRefusal(api.write("POST", path + "/circumstances", circumstance).expect(409), 409, "RECORD_CLOSED");
        }
        assertRefusal(api.write("POST", path + "/programme-changes", Map.of("effectiveDate", TODAY.toString(),
                "programme", programme("ST0457", TODAY.toString(), "2028-01-31"))).expect(409), 409, "RECORD_CLOSED");

        api.write("PUT", path + "/learner", learner(nextUln(), "Augusta Ada")).expect(200);
        api.write("PUT", path + "/employer", employer("Babbage & Co", "EC1A 1BB")).expect(200);
        api.write("PUT", path + "/tutor", contact("Joan", "Clarke")).expect(200);
        api.write("PUT", path + "/programme-dates", Map.of("startDate", "2025-10-01", "plannedEndDate", "2027-06-30"))
                .expect(200);
        api.write("POST", path + "/circumstances", Map.of("type", "WITHDRAWAL", "effectiveDate", TODAY.toString(),
                "detail", Map.of("withdrawReason", 3))).expect(200);
        Map<String, Object> record = api.get(path).body();
        assertThat(record).containsEntry("status", "WITHDRAWN").containsEntry("givenNames", "Augusta Ada");
        assertThat((List<?>) record.get("programmes")).hasSize(1);
    }

    @Test
    void aRefusedWriteStoresNothingSoItsKeyCanBeUsedAgain() {
        api.write("POST", "/api/v1/apprentices", registration("9999999999"), "temporary-first").expect(422);

        Map<String, Object> registered = api.write("POST", "/api/v1/apprentices", registration(nextUln()),
                "temporary-first").expect(201).body();

        assertThat(registered).containsEntry("status", "ON_PROGRAMME");
    }

    private static void assertRefusal(Api.Response refused, int status, String code) {
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).containsEntry("status", status).containsEntry("code", code)
                .containsKeys("title", "detail");
    }
}
