package uk.learnersync.provider.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.learnersync.testing.Api;

class LearnerApiTest extends LearnerApiTestSupport {

    @Test
    void createsALearnerWithTheDefaultsFilledIn() {
        String programmeId = programme();

        Map<String, Object> created = create(learner(programmeId));

        assertThat(created).containsEntry("uln", "1000000043").containsEntry("givenNames", "Ann")
                .containsEntry("familyName", "Smith").containsEntry("dateOfBirth", "2005-04-01")
                .containsEntry("sex", "F").containsEntry("ethnicity", 31).containsEntry("email", "ann@example.com")
                .containsEntry("caseOwnerId", null).containsEntry("managerId", null)
                .containsEntry("employerId", null).containsEntry("employerAddressId", null)
                .containsEntry("status", "ACTIVE").containsEntry("compStatus", 1)
                .containsEntry("withdrawReason", null);
        assertThat((String) created.get("learnRefNumber")).matches("LS[0-9A-Z]{10}");
        assertThat(programmeOf(created)).containsEntry("programmeId", programmeId).containsEntry("option", null)
                .containsEntry("startDate", "2025-09-01").containsEntry("plannedEndDate", "2027-03-01")
                .containsEntry("epaPeriodMonths", null).containsEntry("epaoId", EPAO);
        assertThat(registrationOf(created)).containsEntry("mode", "NONE").containsEntry("epaoId", null)
                .containsEntry("connectionId", null).containsEntry("apprenticeId", null);
        assertThat(api.get("/api/v1/learners/" + created.get("id")).expect(200).body()).isEqualTo(created);
    }

    @Test
    void createsALearnerWithEveryOptionalFieldAndLink() {
        String programmeId = programme();
        String caseOwnerId = caseOwner(api);
        Map<String, Object> employer = employer(api);
        String employerId = (String) employer.get("id");
        String managerId = manager(api, employerId);
        Map<String, Object> body = learner(programmeId);
        body.putAll(Map.of("learnRefNumber", "ANN 01", "caseOwnerId", caseOwnerId, "managerId", managerId,
                "employerId", employerId, "employerAddressId", addressId(employer, 1)));
        body.put("programme", Map.of("programmeId", programmeId, "option", "Web", "startDate", "2025-09-01",
                "plannedEndDate", "2027-03-01", "epaPeriodMonths", 3, "epaoId", OTHER_EPAO));

        Map<String, Object> created = create(body);

        assertThat(created).containsEntry("learnRefNumber", "ANN 01").containsEntry("caseOwnerId", caseOwnerId)
                .containsEntry("managerId", managerId).containsEntry("employerId", employerId)
                .containsEntry("employerAddressId", addressId(employer, 1));
        assertThat(programmeOf(created)).containsEntry("option", "Web").containsEntry("epaPeriodMonths", 3)
                .containsEntry("epaoId", OTHER_EPAO);
    }

    @Test
    void refusesEveryBadFieldAtOnceAndStoresNothing() {
        String programmeId = programme();
        Map<String, Object> body = new HashMap<>(Map.of("uln", "1000000042", "givenNames", "Ann 2",
                "familyName", "", "dateOfBirth", "2999-01-01", "sex", "X", "ethnicity", 30, "email", "ann",
                "learnRefNumber", "no-dashes-allowed", "caseOwnerId", UUID.randomUUID().toString(),
                "managerId", "not-a-uuid"));
        body.put("employerAddressId", UUID.randomUUID().toString());
        body.put("programme", Map.of("programmeId", programmeId, "option", "Cooking", "startDate", "2025-09-01",
                "plannedEndDate", "2025-08-01", "epaPeriodMonths", 25, "epaoId", "EPA9999"));

        Map<String, String> errors = api.post("/api/v1/learners", body).expect(400).fieldErrors();

        assertThat(errors).containsOnlyKeys("uln", "givenNames", "familyName", "dateOfBirth", "sex", "ethnicity",
                "email", "learnRefNumber", "caseOwnerId", "managerId", "employerAddressId", "programme.option",
                "programme.plannedEndDate", "programme.epaPeriodMonths", "programme.epaoId");
        assertThat(allLearners(api)).isEmpty();
    }

    @Test
    void refusesMissingFieldsAndUnknownProgrammesAndEmployers() {
        Map<String, Object> body = learner(UUID.randomUUID().toString());
        body.put("employerId", UUID.randomUUID().toString());
        body.remove("email");

        assertThat(api.post("/api/v1/learners", body).expect(400).fieldErrors())
                .containsOnlyKeys("email", "employerId", "programme.programmeId");
        body.remove("programme");
        body.put("email", "ann@example.com");
        body.remove("employerId");
        assertThat(api.post("/api/v1/learners", body).expect(400).fieldErrors()).containsOnlyKeys("programme");
        assertThat(api.post("/api/v1/learners", Map.of("shoeSize", 9)).expect(400).fieldErrors())
                .containsOnlyKeys("shoeSize");
        assertThat(allLearners(api)).isEmpty();
    }

    @Test
    void DateOfBirth_48_refusesALearnerUnder15AtTheProgrammeStart() {
        Map<String, Object> body = learner(programme());
        body.put("dateOfBirth", "2010-09-02");

        assertThat(api.post("/api/v1/learners", body).expect(400).fieldErrors()).containsOnlyKeys("dateOfBirth");
        body.put("dateOfBirth", "2010-09-01");
        api.post("/api/v1/learners", body).expect(201);
    }

    @Test
    void aManagerMustBelongToTheLearnersEmployerAndAnAddressToItsEmployer() {
        String programmeId = programme();
        Map<String, Object> employer = employer(api);
        Map<String, Object> otherEmployer = employer(api);
        Map<String, Object> body = learner(programmeId);
        body.putAll(Map.of("employerId", employer.get("id"), "managerId", manager(api, (String) otherEmployer.get("id")),
                "employerAddressId", addressId(otherEmployer, 0)));

        assertThat(api.post("/api/v1/learners", body).expect(400).fieldErrors())
                .containsOnlyKeys("managerId", "employerAddressId");
        body.remove("employerId");
        body.remove("managerId");
        assertThat(api.post("/api/v1/learners", body).expect(400).fieldErrors()).containsOnlyKeys("employerAddressId");
        assertThat(allLearners(api)).isEmpty();
    }

    @Test
    void aDuplicateLearnRefNumberIsAConflict() {
        Map<String, Object> body = learner(programme());
        body.put("learnRefNumber", "ANN01");
        create(body);

        api.post("/api/v1/learners", body).expect(409);

        assertThat(allLearners(api)).hasSize(1);
    }

    @Test
    void findsLearnersByUlnReferenceAndName() {
        String programmeId = programme();
        Map<String, Object> ann = create(learner(programmeId));
        Map<String, Object> bob = learner(programmeId);
        bob.putAll(Map.of("uln", "1748529632", "givenNames", "Bob", "familyName", "O'Brien", "sex", "M"));
        bob = create(bob);
        Map<String, Object> temporary = learner(programmeId);
        temporary.putAll(Map.of("uln", "9999999999", "givenNames", "Cat", "learnRefNumber", "CAT1"));
        create(temporary);
        Map<String, Object> anotherTemporary = learner(programmeId);
        anotherTemporary.putAll(Map.of("uln", "9999999999", "givenNames", "Dan"));
        create(anotherTemporary);

        assertThat(api.get("/api/v1/learners?uln=1000000043").expect(200).items()).containsExactly(ann);
        assertThat(api.get("/api/v1/learners?uln=9999999999").items()).extracting(l -> l.get("givenNames"))
                .containsExactly("Cat", "Dan");
        assertThat(api.get("/api/v1/learners?learnRefNumber=CAT1").items()).extracting(l -> l.get("givenNames"))
                .containsExactly("Cat");
        assertThat(api.get("/api/v1/learners?q=bob%20o'b").items()).containsExactly(bob);
        assertThat(api.get("/api/v1/learners?q=%25").items()).isEmpty();
        assertThat(api.get("/api/v1/learners").items()).extracting(l -> l.get("givenNames"))
                .containsExactly("Bob", "Ann", "Cat", "Dan");
    }

    @Test
    void pagesThroughLearnersByName() {
        String programmeId = programme();
        for (String name : new String[] {"Ann", "Bea", "Cid"}) {
            Map<String, Object> body = learner(programmeId);
            body.put("givenNames", name);
            create(body);
        }

        Map<String, Object> second = api.get("/api/v1/learners?page=1&size=2").expect(200).body();

        assertThat(second).containsEntry("page", 1).containsEntry("size", 2);
        assertThat(api.get("/api/v1/learners?page=1&size=2").items()).extracting(l -> l.get("givenNames"))
                .containsExactly("Cid");
        assertThat(api.get("/api/v1/learners?page=-1&size=500").expect(400).fieldErrors())
                .containsOnlyKeys("page", "size");
    }

    @Test
    void anotherProvidersLearnerIsNotFoundAndCannotBeLinkedToThisProvidersRecords() {
        String programmeId = programme();
        String caseOwnerId = caseOwner(api);
        String managerId = manager(api, (String) employer(api).get("id"));
        Map<String, Object> created = create(learner(programmeId));
        Api other = apiFor(newProviderAccount());

        other.get("/api/v1/learners/" + created.get("id")).expect(404);
        assertThat(allLearners(other)).isEmpty();
        assertThat(other.get("/api/v1/learners?uln=1000000043").expect(200).items()).isEmpty();
        Map<String, Object> body = learner(programmeId);
        body.putAll(Map.of("caseOwnerId", caseOwnerId, "managerId", managerId));
        assertThat(other.post("/api/v1/learners", body).expect(400).fieldErrors())
                .containsOnlyKeys("caseOwnerId", "managerId", "programme.programmeId");
        assertThat(allLearners(other)).isEmpty();
        other.get("/api/v1/learners/not-a-uuid").expect(404);
    }
}
