package uk.learnersync.provider.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.learnersync.testing.Api;

class LearnerRegistrationApiTest extends LearnerApiTestSupport {

    /** A learner at an employer's address, as an EPA platform needs it. */
    private String registrationOfNewLearner() {
        Map<String, Object> employer = employer(api);
        Map<String, Object> body = learner(programme());
        body.put("employerId", employer.get("id"));
        body.put("employerAddressId", addressId(employer, 0));
        return "/api/v1/learners/" + create(body).get("id") + "/epa-registration";
    }

    @Test
    void aLearnerWithoutAnEmployerAddressCannotBeRegisteredThroughAConnection() {
        connection(EPAO);
        String path = "/api/v1/learners/" + create(learner(programme())).get("id") + "/epa-registration";

        Api.Response refused = api.post(path, Map.of()).expect(409);

        assertThat((String) refused.body().get("detail")).contains("employer");
        assertThat(registrationOf(api.get(path.replace("/epa-registration", "")).body())).containsEntry("mode", "NONE");
        api.post(path, Map.of("mode", "MANUAL")).expect(201);
    }

    @Test
    void RG_1_registersThroughTheConnectionToTheProgrammesEpao() {
        String connectionId = connection(EPAO);
        String path = registrationOfNewLearner();

        Map<String, Object> registered = api.post(path, Map.of()).expect(201).body();

        assertThat(registrationOf(registered)).containsEntry("mode", "CONNECTED").containsEntry("epaoId", EPAO)
                .containsEntry("connectionId", connectionId).containsEntry("apprenticeId", null);
        assertThat(api.get(path.replace("/epa-registration", "")).body()).isEqualTo(registered);
    }

    /** ILR 2026/27: an assessment organisation known by its UKPRN, through the programme, the learner and its connection. */
    @Test
    void RG_1_registersWithAnAssessmentOrganisationKnownByItsUkprn() {
        api.post("/api/v1/epaos", Map.of("epaoId", "10099999", "name", "Unit Assessors Ltd")).expect(201);
        String connectionId = connection("10099999");
        Map<String, Object> employer = employer(api);
        Map<String, Object> body = learner(programme(api, "10099999"));
        body.put("employerId", employer.get("id"));
        body.put("employerAddressId", addressId(employer, 0));
        String path = "/api/v1/learners/" + create(body).get("id") + "/epa-registration";

        Map<String, Object> registered = api.post(path, Map.of()).expect(201).body();

        assertThat(registrationOf(registered)).containsEntry("mode", "CONNECTED").containsEntry("epaoId", "10099999")
                .containsEntry("connectionId", connectionId);
    }

    /** ILR 2026/27: a UKPRN the register knows is that organisation, for the learner and its registration. */
    @Test
    @SuppressWarnings("unchecked")
    void RG_1_aUkprnTheRegisterKnowsIsThatOrganisationForTheLearnersRegistration() {
        String connectionId = connection(EPAO);
        Map<String, Object> employer = employer(api);
        Map<String, Object> body = learner(programme());
        body.put("employerId", employer.get("id"));
        body.put("employerAddressId", addressId(employer, 0));
        ((Map<String, Object>) body.get("programme")).put("epaoId", "10022712");
        Map<String, Object> created = create(body);

        assertThat((Map<String, Object>) created.get("programme")).containsEntry("epaoId", EPAO);
        Map<String, Object> registered = api.post("/api/v1/learners/" + created.get("id") + "/epa-registration",
                Map.of()).expect(201).body();
        assertThat(registrationOf(registered)).containsEntry("mode", "CONNECTED").containsEntry("epaoId", EPAO)
                .containsEntry("connectionId", connectionId);
    }

    /** ILR 2026/27: an apprenticeship unit has no end-point assessment, so its learner is never registered. */
    @Test
    void aLearnerOnAnApprenticeshipUnitIsNeverRegisteredWithAnAssessmentOrganisation() {
        connection(EPAO);
        String unit = api.post("/api/v1/programmes", Map.of("name", "Data unit", "unitAimRef", "ZSC00001"))
                .expect(201).id();
        Map<String, Object> employer = employer(api);
        Map<String, Object> body = learner(unit);
        body.put("employerId", employer.get("id"));
        body.put("employerAddressId", addressId(employer, 0));
        String path = "/api/v1/learners/" + create(body).get("id") + "/epa-registration";

        for (Map<String, Object> request : List.of(Map.<String, Object>of(), Map.<String, Object>of("mode", "MANUAL"))) {
            Api.Response refused = api.post(path, request).expect(409);
            assertThat((String) refused.body().get("detail")).contains("apprenticeship unit")
                    .contains("no end-point assessment");
        }
        assertThat(registrationOf(api.get(path.replace("/epa-registration", "")).body())).containsEntry("mode", "NONE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLearnerOnAnApprenticeshipUnitHasNoAssessmentOrganisationAndARegisteredOneCannotMoveOntoOne() {
        String unit = api.post("/api/v1/programmes", Map.of("name", "Data unit", "unitAimRef", "ZSC00001"))
                .expect(201).id();
        Map<String, Object> body = learner(unit);
        ((Map<String, Object>) body.get("programme")).put("epaoId", EPAO);
        assertThat(api.post("/api/v1/learners", body).expect(400).fieldErrors()).containsOnlyKeys("programme.epaoId");

        String path = registrationOfNewLearner();
        api.post(path, Map.of("mode", "MANUAL")).expect(201);
        assertThat(api.patch(path.replace("/epa-registration", "/programme"), Map.of("programmeId", unit))
                .expect(400).fieldErrors()).containsOnlyKeys("programmeId");
    }

    @Test
    void withoutAConnectionTheAnswerSaysToRegisterManually() {
        connection(OTHER_EPAO);
        String path = registrationOfNewLearner();

        Api.Response refused = api.post(path, Map.of()).expect(409);

        assertThat((String) refused.body().get("detail")).contains("manually").contains("{\"mode\":\"MANUAL\"}");
        assertThat(registrationOf(api.get(path.replace("/epa-registration", "")).body()))
                .containsEntry("mode", "NONE");
    }

    @Test
    void RG_2_recordsAManualRegistrationEvenWhereAConnectionExists() {
        connection(EPAO);
        String path = registrationOfNewLearner();

        Map<String, Object> registered = api.post(path, Map.of("mode", "MANUAL")).expect(201).body();

        assertThat(registrationOf(registered)).containsEntry("mode", "MANUAL").containsEntry("epaoId", EPAO)
                .containsEntry("connectionId", null).containsEntry("apprenticeId", null);
        assertThat(registrationOf(api.post(path, Map.of("mode", "MANUAL")).expect(201).body()))
                .containsEntry("mode", "MANUAL");
    }

    @Test
    void PC_2_aManuallyRegisteredLearnerCanThenBeRegisteredThroughAConnection() {
        String path = registrationOfNewLearner();
        api.post(path, Map.of("mode", "MANUAL")).expect(201);
        String connectionId = connection(EPAO);

        assertThat(registrationOf(api.post(path, Map.of()).expect(201).body())).containsEntry("mode", "CONNECTED")
                .containsEntry("connectionId", connectionId);
    }

    @Test
    void aLearnerRegisteredThroughAConnectionCannotBeRegisteredAgain() {
        connection(EPAO);
        String path = registrationOfNewLearner();
        Map<String, Object> registered = api.post(path, Map.of()).expect(201).body();

        api.post(path, Map.of()).expect(409);
        api.post(path, Map.of("mode", "MANUAL")).expect(409);

        assertThat(api.get(path.replace("/epa-registration", "")).body()).isEqualTo(registered);
    }

    @Test
    void anUnknownModeIsABadField() {
        String path = registrationOfNewLearner();

        assertThat(api.post(path, Map.of("mode", "NONE")).expect(400).fieldErrors()).containsOnlyKeys("mode");
        assertThat(api.post(path, Map.of("mode", "BY_PIGEON")).expect(400).fieldErrors()).containsOnlyKeys("mode");
        assertThat(api.post(path, Map.of("epaoId", EPAO)).expect(400).fieldErrors()).containsOnlyKeys("epaoId");
        assertThat(registrationOf(api.get(path.replace("/epa-registration", "")).body()))
                .containsEntry("mode", "NONE");
    }

    @Test
    void anotherProviderCannotRegisterTheLearner() {
        connection(EPAO);
        String path = registrationOfNewLearner();
        Map<String, Object> other = newProviderAccount();
        Api otherApi = apiFor(other);
        otherApi.post("/api/v1/epa-connections", Map.of("epaoId", EPAO, "baseUrl", "http://localhost:9/",
                "apiToken", "x")).expect(201);

        otherApi.post(path, Map.of()).expect(404);
        otherApi.post(path, Map.of("mode", "MANUAL")).expect(404);

        assertThat(registrationOf(api.get(path.replace("/epa-registration", "")).body()))
                .containsEntry("mode", "NONE");
    }
}
