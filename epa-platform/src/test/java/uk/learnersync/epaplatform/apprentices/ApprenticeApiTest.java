package uk.learnersync.epaplatform.apprentices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.learnersync.epaplatform.support.EpaPlatformTest;
import uk.learnersync.testing.Api;

class ApprenticeApiTest extends EpaPlatformTest {

    private String uln;
    private String id;
    private String path;

    @BeforeEach
    void registered() {
        uln = nextUln();
        id = (String) register(api, uln).get("apprenticeId");
        path = "/api/v1/apprentices/" + id;
    }

    @Test
    void registersAnApprenticeAndAnswersTheWholeRecord() {
        String newUln = nextUln();
        Map<String, Object> record = api.write("POST", "/api/v1/apprentices", registration(newUln)).expect(201).body();

        assertThat(record).containsOnlyKeys("apprenticeId", "providerUkprn", "uln", "givenNames", "familyName",
                "dateOfBirth", "sex", "ethnicity", "email", "phone", "address", "status", "gateway", "result",
                "employer", "employerContact", "tutor", "programmes", "circumstances", "epaoActions", "updatedAt");
        assertThat(record).containsEntry("providerUkprn", ukprn).containsEntry("uln", newUln)
                .containsEntry("givenNames", "Ada").containsEntry("dateOfBirth", "2004-12-10")
                .containsEntry("ethnicity", 31).containsEntry("status", "ON_PROGRAMME")
                .containsEntry("circumstances", List.of()).containsEntry("epaoActions", List.of())
                .containsEntry("gateway", null).containsEntry("result", null)
                .containsEntry("employer", Map.of("name", "Acme Engineering Ltd", "address", address("SW1A 1AA")))
                .containsEntry("employerContact", contact("Grace", "Hopper"))
                .containsEntry("tutor", contact("Alan", "Turing"));
        assertThat(record.get("programmes")).isEqualTo(List.of(programmeWith("ST0116", "2025-09-01", "2027-03-31", "ACTIVE")));
        assertThat(api.get("/api/v1/apprentices/" + record.get("apprenticeId")).expect(200).body()).isEqualTo(record);
    }

    @Test
    void registersWithoutTheOptionalContactsAndNormalisesThePostcode() {
        Map<String, Object> body = new HashMap<>(registration(nextUln()));
        body.remove("employerContact");
        body.put("tutor", null);
        body.put("employer", employer("Acme", "sw1a1aa"));

        Map<String, Object> record = api.write("POST", "/api/v1/apprentices", body).expect(201).body();

        assertThat(record).containsEntry("employerContact", null).containsEntry("tutor", null);
        assertThat(record.get("employer")).isEqualTo(Map.of("name", "Acme", "address", address("SW1A 1AA")));
    }

    @Test
    void CV_4_registersALearnerOnABreakOrWithdrawnWithThatStatusFromTheStart() {
        for (String status : List.of("SUSPENDED", "WITHDRAWN", "ON_PROGRAMME")) {
            Map<String, Object> body = new HashMap<>(registration(nextUln()));
            body.put("status", status);

            Map<String, Object> record = api.write("POST", "/api/v1/apprentices", body).expect(201).body();

            assertThat(record).containsEntry("status", status).containsEntry("circumstances", List.of());
            assertThat(api.get("/api/v1/apprentices/" + record.get("apprenticeId")).body())
                    .containsEntry("status", status);
        }
    }

    @Test
    void refusesARegistrationStatusALearnerCannotBeRegisteredWith() {
        for (String status : List.of("CANCELLED", "COMPLETED", "on a break")) {
            String refusedUln = nextUln();
            Map<String, Object> body = new HashMap<>(registration(refusedUln));
            body.put("status", status);

            assertThat(api.write("POST", "/api/v1/apprentices", body).expect(400).fieldErrors())
                    .containsOnlyKeys("status");
            assertThat(atOrganisation(epaoId, refusedUln)).isEmpty();
        }
    }

    @Test
    void refusesABadRegistrationWithEveryNestedFieldAndStoresNothing() {
        String badUln = nextUln();
        Map<String, Object> body = new HashMap<>(registration(badUln));
        body.put("sex", "X");
        body.put("ethnicity", 12);
        body.put("employer", Map.of("name", "Acme", "address", Map.of("line1", "1 High St", "postcode", "nope")));
        body.put("tutor", Map.of("givenName", "Al4n", "familyName", "Turing", "email", "not-an-email"));
        body.put("programme", programme("ST0116", "2025-09-01", "2025-01-01"));

        Api.Response refused = api.write("POST", "/api/v1/apprentices", body).expect(400);

        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.fieldErrors()).containsOnlyKeys("sex", "ethnicity", "employer.address.town",
                "employer.address.postcode", "tutor.givenName", "tutor.email", "programme.plannedEndDate");
        assertThat(atOrganisation(epaoId, badUln)).isEmpty();
    }

    @Test
    void refusesUnknownFieldsMalformedJsonAndMissingParts() {
        Map<String, Object> body = new HashMap<>(registration(nextUln()));
        body.put("colour", "blue");
        assertThat(api.write("POST", "/api/v1/apprentices", body).expect(400).fieldErrors())
                .containsEntry("colour", "is not a known field");
        assertThat(api.write("PUT", path + "/employer", Map.of("name", "A", "address", Map.of("line1", "x", "town",
                "y", "postcode", "SW1A 1AA", "county", "z"))).expect(400).fieldErrors())
                .containsEntry("address.county", "is not a known field");
        assertThat(api.send("POST", "/api/v1/apprentices", "{not json", "k-" + uln).expect(400).fieldErrors())
                .containsOnlyKeys("$");
        assertThat(api.write("POST", "/api/v1/apprentices", Map.of("uln", uln)).expect(400).fieldErrors())
                .containsKeys("givenNames", "employer", "programme");
        assertThat(api.write("PUT", path + "/learner", Map.of("dateOfBirth", "10/12/2004")).expect(400).fieldErrors())
                .containsEntry("dateOfBirth", "must be a date in the form yyyy-MM-dd");
    }

    @Test
    void refusesAWriteWithoutAnIdempotencyKey() {
        Api.Response refused = api.send("PUT", path + "/tutor", json.writeValueAsString(contact("Joan", "Clarke")), null)
                .expect(400);

        assertThat(refused.fieldErrors()).containsEntry("Idempotency-Key", "is required on every write");
        assertThat(api.send("PUT", path + "/tutor", "null", "x".repeat(201)).expect(400).fieldErrors())
                .containsOnlyKeys("Idempotency-Key");
        assertThat(api.get(path).body().get("tutor")).isEqualTo(contact("Alan", "Turing"));
    }

    @Test
    void replacesTheLearnerDetails() {
        String newUln = nextUln();
        Map<String, Object> record = api.write("PUT", path + "/learner", learner(newUln, "Augusta Ada")).expect(200).body();

        assertThat(record).containsEntry("uln", newUln).containsEntry("givenNames", "Augusta Ada")
                .containsEntry("apprenticeId", id);
        assertThat(atOrganisation(epaoId, newUln)).hasSize(1);
        assertThat(atOrganisation(epaoId, uln)).isEmpty();
    }

    @Test
    void replacesTheEmployer() {
        Map<String, Object> record = api.write("PUT", path + "/employer", employer("Babbage & Co", "EC1A 1BB"))
                .expect(200).body();

        assertThat(record.get("employer")).isEqualTo(Map.of("name", "Babbage & Co", "address", address("EC1A 1BB")));
    }

    @Test
    void replacesAndRemovesTheEmployerContactAndTheTutor() {
        assertThat(api.write("PUT", path + "/employer-contact", contact("Mary", "Somerville")).expect(200).body()
                .get("employerContact")).isEqualTo(contact("Mary", "Somerville"));
        assertThat(api.write("PUT", path + "/tutor", contact("Joan", "Clarke")).expect(200).body().get("tutor"))
                .isEqualTo(contact("Joan", "Clarke"));

        assertThat(api.send("PUT", path + "/employer-contact", "null", "remove-contact-" + id).expect(200).body())
                .containsEntry("employerContact", null);
        assertThat(api.send("PUT", path + "/tutor", "null", "remove-tutor-" + id).expect(200).body())
                .containsEntry("tutor", null);
        assertThat(api.send("PUT", path + "/tutor", "", "empty-tutor-" + id).expect(400).fieldErrors())
                .containsOnlyKeys("$");
    }

    @Test
    void changesTheActiveProgrammesDates() {
        Map<String, Object> record = api.write("PUT", path + "/programme-dates",
                Map.of("startDate", "2025-10-01", "plannedEndDate", "2027-06-30")).expect(200).body();

        assertThat(record.get("programmes")).isEqualTo(List.of(programmeWith("ST0116", "2025-10-01", "2027-06-30", "ACTIVE")));
        assertThat(api.write("PUT", path + "/programme-dates", Map.of("startDate", "2025-10-01")).expect(400)
                .fieldErrors()).containsOnlyKeys("plannedEndDate");
    }

    @Test
    void CV_5_amendsTheActiveProgrammeInPlaceWhenItsVersionChanges() {
        Map<String, Object> amended = new HashMap<>(programme("ST0116", "2025-09-01", "2027-03-31"));
        amended.put("standardVersion", "1.1");
        amended.put("option", "Mechatronics");

        Map<String, Object> record = api.write("PUT", path + "/programme", amended, "amend-" + id).expect(200).body();
        String again = api.write("PUT", path + "/programme", amended, "amend-" + id).expect(200).text();

        Map<String, Object> expected = new HashMap<>(amended);
        expected.put("status", "ACTIVE");
        expected.put("stopDate", null);
        assertThat(record.get("programmes")).isEqualTo(List.of(expected));
        assertThat(record).containsEntry("status", "ON_PROGRAMME");
        assertThat(again).isEqualTo(json.writeValueAsString(record));
        assertThat(admin.get("/admin/organisations/" + epaoId + "/apprentices/" + id + "/history").items())
                .extracting(entry -> entry.get("call")).containsExactly("REGISTER", "AMEND_PROGRAMME");
        assertThat(api.write("PUT", path + "/programme", Map.of("standardCode", 2)).expect(400).fieldErrors())
                .containsKeys("standardReference", "standardVersion", "startDate", "plannedEndDate");
    }

    @Test
    void changesProgrammeByStoppingTheOldAndStartingTheNew() {
        Map<String, Object> record = api.write("POST", path + "/programme-changes", Map.of("effectiveDate", "2026-01-01",
                "programme", programme("ST0457", "2026-01-01", "2027-12-31"))).expect(200).body();

        Map<String, Object> stopped = programmeWith("ST0116", "2025-09-01", "2027-03-31", "STOPPED");
        stopped.put("stopDate", "2026-01-01");
        assertThat(record.get("programmes")).isEqualTo(List.of(stopped,
                programmeWith("ST0457", "2026-01-01", "2027-12-31", "ACTIVE")));
        assertThat(api.write("POST", path + "/programme-changes", Map.of("programme", Map.of("standardCode", 0)))
                .expect(400).fieldErrors()).containsKeys("effectiveDate", "programme.standardCode",
                "programme.standardReference", "programme.startDate");
    }

    @Test
    void recordsABreakAndAReturnThatMovesThePlannedEndDate() {
        Map<String, Object> onBreak = circumstance("BREAK_IN_LEARNING", Map.of("expectedReturnDate", "2026-03-01"))
                .expect(200).body();
        assertThat(onBreak).containsEntry("status", "SUSPENDED");
        @SuppressWarnings("unchecked")
        Map<String, Object> recorded = ((List<Map<String, Object>>) onBreak.get("circumstances")).get(0);
        assertThat(recorded).containsEntry("type", "BREAK_IN_LEARNING").containsEntry("effectiveDate", "2026-01-15")
                .containsEntry("detail", Map.of("expectedReturnDate", "2026-03-01")).containsKey("recordedAt");

        Map<String, Object> back = circumstance("RETURN_TO_LEARNING", Map.of("plannedEndDate", "2027-07-31"))
                .expect(200).body();

        assertThat(back).containsEntry("status", "ON_PROGRAMME");
        assertThat(back.get("programmes")).isEqualTo(List.of(programmeWith("ST0116", "2025-09-01", "2027-07-31", "ACTIVE")));
        assertThat((List<?>) back.get("circumstances")).hasSize(2);
    }

    @Test
    void aFutureDatedCircumstanceIsRecordedAtOnceButTakesEffectOnItsDate() {
        String nextWeek = LocalDate.now(ZoneId.of("Europe/London")).plusDays(7).toString();

        Map<String, Object> record = api.write("POST", path + "/circumstances", Map.of("type", "BREAK_IN_LEARNING",
                "effectiveDate", nextWeek)).expect(200).body();

        assertThat(record).containsEntry("status", "ON_PROGRAMME");
        assertThat((List<?>) record.get("circumstances")).singleElement()
                .satisfies(recorded -> assertThat(object(recorded)).containsEntry("effectiveDate", nextWeek));
        assertThat(api.get(path).body()).containsEntry("status", "ON_PROGRAMME");
    }

    @Test
    void keepsTheApprenticesPhoneAndPostalAddress() {
        Map<String, Object> body = new HashMap<>(registration(nextUln()));
        body.put("phone", "07700 900123");
        body.put("address", Map.of("line1", "2 Low Road", "town", "Leeds", "postcode", "ls1 1aa"));

        Map<String, Object> record = api.write("POST", "/api/v1/apprentices", body).expect(201).body();

        assertThat(record).containsEntry("phone", "07700 900123");
        assertThat(record.get("address")).isEqualTo(addressOf("2 Low Road", "Leeds", "LS1 1AA"));
        String otherPath = "/api/v1/apprentices/" + record.get("apprenticeId");
        Map<String, Object> details = new HashMap<>(learner((String) record.get("uln"), "Ada"));
        details.put("phone", "07700 900456");
        assertThat(api.write("PUT", otherPath + "/learner", details).expect(200).body())
                .containsEntry("phone", "07700 900456").containsEntry("address", null);
        details.put("address", Map.of("line1", "x", "postcode", "nope"));
        assertThat(api.write("PUT", otherPath + "/learner", details).expect(400).fieldErrors())
                .containsOnlyKeys("address.town", "address.postcode");
    }

    @Test
    void recordsAWithdrawalAsWithdrawn() {
        assertThat(circumstance("WITHDRAWAL", Map.of("withdrawReason", 3, "reason", "Left the employer"))
                .expect(200).body()).containsEntry("status", "WITHDRAWN");
    }

    @Test
    void recordsATransferToAnotherEpaoAsWithdrawn() {
        assertThat(circumstance("TRANSFER_TO_ANOTHER_EPAO", Map.of("newEpaoId", "EPA0002")).expect(200).body())
                .containsEntry("status", "WITHDRAWN");
    }

    @Test
    void recordsAChangeOfProgrammeWithoutChangingTheStatusOrTheProgrammes() {
        Map<String, Object> record = circumstance("CHANGE_OF_PROGRAMME",
                Map.of("programme", programme("ST0457", "2026-01-01", "2027-12-31"))).expect(200).body();

        assertThat(record).containsEntry("status", "ON_PROGRAMME");
        assertThat((List<?>) record.get("programmes")).hasSize(1);
        assertThat(circumstance("CHANGE_OF_PROGRAMME", Map.of("programme", Map.of("standardCode", "x"))).expect(400)
                .fieldErrors()).containsOnlyKeys("detail.programme");
    }

    @Test
    void refusesACircumstanceWithoutWhatItsTypeNeeds() {
        assertThat(circumstance("RETURN_TO_LEARNING", Map.of()).expect(400).fieldErrors())
                .containsOnlyKeys("detail.plannedEndDate");
        assertThat(circumstance("BREAK_IN_LEARNING", Map.of("expectedReturnDate", "soon")).expect(400).fieldErrors())
                .containsOnlyKeys("detail.expectedReturnDate");
        assertThat(api.write("POST", path + "/circumstances", Map.of("type", "HOLIDAY", "effectiveDate", "2026-01-01"))
                .expect(400).fieldErrors()).containsOnlyKeys("type");
        assertThat(api.get(path).body()).containsEntry("status", "ON_PROGRAMME").containsEntry("circumstances", List.of());
    }

    @Test
    void aCancelledRecordTakesCorrectionsButNothingThatWouldReopenIt() {
        assertThat(circumstance("CANCELLATION", Map.of("reason", "Registered in error")).expect(200).body())
                .containsEntry("status", "CANCELLED");

        api.write("PUT", path + "/tutor", contact("Joan", "Clarke")).expect(200);
        api.write("PUT", path + "/learner", learner(uln, "Ada")).expect(200);
        Api.Response refused = circumstance("RETURN_TO_LEARNING", Map.of("plannedEndDate", "2027-07-31")).expect(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).containsEntry("code", "RECORD_CLOSED").containsEntry("status", 409)
                .containsKeys("title", "detail");
        assertThat(api.get(path).body()).containsEntry("status", "CANCELLED")
                .containsEntry("tutor", contact("Joan", "Clarke"));
    }

    @Test
    void anotherConnectionGets404AndChangesNothing() {
        Api sameProviderElsewhere = connect(epaoId, nextUkprn());

        sameProviderElsewhere.get(path).expect(404);
        sameProviderElsewhere.write("PUT", path + "/tutor", contact("Joan", "Clarke")).expect(404);
        sameProviderElsewhere.write("POST", path + "/circumstances",
                Map.of("type", "CANCELLATION", "effectiveDate", "2026-01-01")).expect(404);
        api.get("/api/v1/apprentices/not-a-uuid").expect(404);
        api.get("/api/v1/apprentices/00000000-0000-0000-0000-000000000000").expect(404);
        assertThat(api.get(path).body()).containsEntry("status", "ON_PROGRAMME")
                .containsEntry("tutor", contact("Alan", "Turing"));
    }

    @Test
    void answers401WithoutAValidConnectionToken() {
        api.withToken(null).get(path).expect(401);
        api.withToken("epc_not-a-real-token").write("POST", "/api/v1/apprentices", registration(nextUln())).expect(401);
    }

    private Api.Response circumstance(String type, Map<String, Object> detail) {
        return api.write("POST", path + "/circumstances", Map.of("type", type, "effectiveDate", "2026-01-15",
                "detail", detail));
    }

    private static Map<String, Object> addressOf(String line1, String town, String postcode) {
        Map<String, Object> address = new HashMap<>(address(postcode));
        address.put("line1", line1);
        address.put("town", town);
        return address;
    }

    private static Map<String, Object> address(String postcode) {
        Map<String, Object> address = new HashMap<>();
        address.put("line1", "1 High Street");
        address.put("line2", null);
        address.put("line3", null);
        address.put("town", "London");
        address.put("postcode", postcode);
        return address;
    }

    private static Map<String, Object> programmeWith(String reference, String start, String plannedEnd, String status) {
        Map<String, Object> programme = new HashMap<>(programme(reference, start, plannedEnd));
        programme.put("option", null);
        programme.put("status", status);
        programme.put("stopDate", null);
        return programme;
    }
}
