package uk.learnersync.provider.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import uk.learnersync.testing.Api;

class LearnerChangeApiTest extends LearnerApiTestSupport {

    @Test
    void patchesThePersonalDetailsAndKeepsTheRest() {
        Map<String, Object> created = create(learner(programme()));
        String path = "/api/v1/learners/" + created.get("id");

        Map<String, Object> patched = api.patch(path, Map.of("uln", "1748529632", "givenNames", "Anne",
                "familyName", "Jones", "dateOfBirth", "2004-04-01", "sex", "M", "ethnicity", 99,
                "email", "anne@example.com", "learnRefNumber", "ANNE1")).expect(200).body();

        assertThat(patched).containsEntry("uln", "1748529632").containsEntry("givenNames", "Anne")
                .containsEntry("familyName", "Jones").containsEntry("dateOfBirth", "2004-04-01")
                .containsEntry("sex", "M").containsEntry("ethnicity", 99).containsEntry("email", "anne@example.com")
                .containsEntry("learnRefNumber", "ANNE1").containsEntry("programme", created.get("programme"))
                .containsEntry("epaRegistration", created.get("epaRegistration"));
        assertThat(api.get(path).body()).isEqualTo(patched);
    }

    @Test
    void patchesTheLinksAndNullClearsThem() {
        Map<String, Object> created = create(learner(programme()));
        String path = "/api/v1/learners/" + created.get("id");
        Map<String, Object> employer = employer(api);
        String employerId = (String) employer.get("id");
        String caseOwnerId = caseOwner(api);
        String managerId = manager(api, employerId);

        Map<String, Object> linked = api.patch(path, Map.of("caseOwnerId", caseOwnerId, "managerId", managerId,
                "employerId", employerId, "employerAddressId", addressId(employer, 0))).expect(200).body();

        assertThat(linked).containsEntry("caseOwnerId", caseOwnerId).containsEntry("managerId", managerId)
                .containsEntry("employerId", employerId).containsEntry("employerAddressId", addressId(employer, 0));
        Map<String, Object> clear = new HashMap<>();
        clear.put("caseOwnerId", null);
        clear.put("managerId", null);
        clear.put("employerId", null);
        clear.put("employerAddressId", null);
        assertThat(api.patch(path, clear).expect(200).body()).containsEntry("caseOwnerId", null)
                .containsEntry("managerId", null).containsEntry("employerId", null)
                .containsEntry("employerAddressId", null);
    }

    @Test
    void aBadPatchChangesNothing() {
        Map<String, Object> created = create(learner(programme()));
        String path = "/api/v1/learners/" + created.get("id");
        Map<String, Object> employer = employer(api);
        api.patch(path, Map.of("employerId", employer.get("id"), "employerAddressId", addressId(employer, 0)))
                .expect(200);
        Map<String, Object> before = api.get(path).body();
        Map<String, Object> dropEmployer = new HashMap<>();
        dropEmployer.put("employerId", null);

        assertThat(api.patch(path, Map.of("uln", "1000000042", "email", "nope", "sex", "X")).expect(400)
                .fieldErrors()).containsOnlyKeys("uln", "email", "sex");
        assertThat(api.patch(path, dropEmployer).expect(400).fieldErrors()).containsOnlyKeys("employerAddressId");
        assertThat(api.patch(path, Map.of("dateOfBirth", "2015-01-01")).expect(400).fieldErrors())
                .containsOnlyKeys("dateOfBirth");
        assertThat(api.patch(path, Map.of("programme", Map.of())).expect(400).fieldErrors())
                .containsOnlyKeys("programme");
        Map<String, Object> noReference = new HashMap<>();
        noReference.put("learnRefNumber", null);
        assertThat(api.patch(path, noReference).expect(400).fieldErrors()).containsOnlyKeys("learnRefNumber");
        assertThat(api.get(path).body()).isEqualTo(before);
    }

    @Test
    void concurrentPatchesOfDifferentFieldsAreAllKept() {
        Map<String, Object> created = create(learner(programme()));
        String path = "/api/v1/learners/" + created.get("id");
        List<Map<String, Object>> patches = List.of(Map.of("givenNames", "Anne"), Map.of("familyName", "Jones"),
                Map.of("email", "anne@example.com"), Map.of("ethnicity", 42), Map.of("sex", "M"),
                Map.of("learnRefNumber", "ANNE1"));

        List<CompletableFuture<Api.Response>> answers = patches.stream()
                .map(patch -> CompletableFuture.supplyAsync(() -> api.patch(path, patch)))
                .toList();

        answers.forEach(answer -> answer.join().expect(200));
        assertThat(api.get(path).body()).containsEntry("givenNames", "Anne").containsEntry("familyName", "Jones")
                .containsEntry("email", "anne@example.com").containsEntry("ethnicity", 42).containsEntry("sex", "M")
                .containsEntry("learnRefNumber", "ANNE1");
    }

    @Test
    void takingAnotherLearnersReferenceIsAConflict() {
        String programmeId = programme();
        Map<String, Object> body = learner(programmeId);
        body.put("learnRefNumber", "TAKEN");
        create(body);
        Map<String, Object> other = create(learner(programmeId));

        api.patch("/api/v1/learners/" + other.get("id"), Map.of("learnRefNumber", "TAKEN")).expect(409);

        assertThat(api.get("/api/v1/learners/" + other.get("id")).body())
                .containsEntry("learnRefNumber", other.get("learnRefNumber"));
    }

    @Test
    void patchesTheProgrammeDatesAndEpaPeriod() {
        Map<String, Object> created = create(learner(programme()));
        String path = "/api/v1/learners/" + created.get("id") + "/programme";

        Map<String, Object> patched = api.patch(path, Map.of("startDate", "2025-10-01",
                "plannedEndDate", "2027-04-01", "epaPeriodMonths", 4)).expect(200).body();

        assertThat(programmeOf(patched)).containsEntry("startDate", "2025-10-01")
                .containsEntry("plannedEndDate", "2027-04-01").containsEntry("epaPeriodMonths", 4)
                .containsEntry("epaoId", EPAO).containsEntry("programmeId", programmeOf(created).get("programmeId"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("epaPeriodMonths", null);
        assertThat(programmeOf(api.patch(path, clear).expect(200).body())).containsEntry("epaPeriodMonths", null);
    }

    /** ILR off-the-job hours on the programme aim: HRS 1 planned, HRS 3 actual, HRS 4 with its RIP 1 price reduction. */
    @Test
    @SuppressWarnings("unchecked")
    void patchesTheOffTheJobHoursOfTheProgrammeAim() {
        Map<String, Object> created = create(learner(programme()));
        String path = "/api/v1/learners/" + created.get("id") + "/programme";
        assertThat((Map<String, Object>) programmeOf(created).get("offTheJobHours")).containsEntry("planned", null)
                .containsEntry("actual", null).containsEntry("priorLearning", null);

        Map<String, Object> hours = Map.of("planned", 360, "priorLearning",
                Map.of("hours", 40, "priceReduction", 900, "priceReductionDate", "2025-09-01"));
        Map<String, Object> patched = api.patch(path, Map.of("offTheJobHours", hours)).expect(200).body();

        assertThat((Map<String, Object>) programmeOf(patched).get("offTheJobHours")).containsEntry("planned", 360)
                .containsEntry("actual", null).containsEntry("priorLearning", Map.of("hours", 40,
                        "priceReduction", 900, "priceReductionDate", "2025-09-01"));
        assertThat(api.patch(path, Map.of("offTheJobHours", Map.of("planned", 10_000))).expect(400).fieldErrors())
                .containsOnlyKeys("offTheJobHours.planned");
        assertThat(api.get("/api/v1/learners/" + created.get("id")).body()).isEqualTo(patched);
    }

    @Test
    void changesTheProgrammeOptionAndEpao() {
        Map<String, Object> body = learner(programme());
        body.put("programme", Map.of("programmeId", programme(), "option", "Core", "startDate", "2025-09-01",
                "plannedEndDate", "2027-03-01", "epaoId", OTHER_EPAO));
        Map<String, Object> created = create(body);
        String path = "/api/v1/learners/" + created.get("id") + "/programme";
        String newProgramme = programme(api, "EPA0003", "Data");

        Map<String, Object> moved = programmeOf(api.patch(path, Map.of("programmeId", newProgramme)).expect(200).body());

        assertThat(moved).containsEntry("programmeId", newProgramme).containsEntry("option", null)
                .containsEntry("epaoId", "EPA0003").containsEntry("startDate", "2025-09-01");
        assertThat(programmeOf(api.patch(path, Map.of("option", "Data", "epaoId", EPAO)).expect(200).body()))
                .containsEntry("option", "Data").containsEntry("epaoId", EPAO);
        Map<String, Object> defaultEpao = new HashMap<>();
        defaultEpao.put("epaoId", null);
        assertThat(programmeOf(api.patch(path, defaultEpao).expect(200).body())).containsEntry("epaoId", "EPA0003");
    }

    @Test
    void aBadProgrammePatchChangesNothing() {
        Map<String, Object> created = create(learner(programme()));
        String path = "/api/v1/learners/" + created.get("id") + "/programme";
        Api other = apiFor(newProviderAccount());

        assertThat(api.patch(path, Map.of("plannedEndDate", "2025-01-01", "epaPeriodMonths", 0, "option", "Cooking",
                "epaoId", "EPA9999")).expect(400).fieldErrors())
                .containsOnlyKeys("plannedEndDate", "epaPeriodMonths", "option", "epaoId");
        assertThat(api.patch(path, Map.of("programmeId", "nope", "startDate", "2019-01-01")).expect(400)
                .fieldErrors()).containsOnlyKeys("programmeId", "startDate");
        assertThat(api.patch(path, Map.of("programmeId", programme(other, EPAO))).expect(400).fieldErrors())
                .containsOnlyKeys("programmeId");
        assertThat(api.patch(path, Map.of("status", "WITHDRAWN")).expect(400).fieldErrors())
                .containsOnlyKeys("status");
        assertThat(api.get("/api/v1/learners/" + created.get("id")).body()).isEqualTo(created);
    }

    @Test
    void anotherProviderCannotChangeTheLearnerNorLinkItsOwnLearnerToThisProvidersRecords() {
        String caseOwnerId = caseOwner(api);
        Map<String, Object> created = create(learner(programme()));
        String path = "/api/v1/learners/" + created.get("id");
        Api other = apiFor(newProviderAccount());

        other.patch(path, Map.of("givenNames", "Mallory")).expect(404);
        other.patch(path + "/programme", Map.of("epaPeriodMonths", 2)).expect(404);
        String theirs = other.post("/api/v1/learners", learner(programme(other, EPAO))).expect(201).id();
        assertThat(other.patch("/api/v1/learners/" + theirs, Map.of("caseOwnerId", caseOwnerId)).expect(400)
                .fieldErrors()).containsOnlyKeys("caseOwnerId");
        assertThat(other.patch("/api/v1/learners/" + theirs + "/programme",
                Map.of("programmeId", programmeOf(created).get("programmeId"))).expect(400).fieldErrors())
                .containsOnlyKeys("programmeId");
        assertThat(api.get(path).body()).isEqualTo(created);
    }
}
