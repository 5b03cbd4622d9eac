package uk.learnersync.provider.learners;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.learnersync.provider.support.ProviderServiceTest;
import uk.learnersync.testing.Api;

/** The records a learner links to, made through the provider API as a client would make them. */
abstract class LearnerApiTestSupport extends ProviderServiceTest {

    protected static final String EPAO = "EPA0001";
    protected static final String OTHER_EPAO = "EPA0002";

    protected String programme(Api client, String epaoId, String... options) {
        return client.post("/api/v1/programmes", Map.of("name", unique("Software developer "), "standardCode", 2,
                "standardReference", "ST0116", "standardVersion", "1.0", "options", List.of(options),
                "epaoId", epaoId)).expect(201).id();
    }

    protected String programme() {
        return programme(api, EPAO, "Core", "Web");
    }

    protected String caseOwner(Api client) {
        return client.post("/api/v1/case-owners", Map.of("givenName", "Tess", "familyName", "Tutor",
                "email", "tess@provider.test", "phone", "01632 960001")).expect(201).id();
    }

    /** An employer with two addresses. */
    protected Map<String, Object> employer(Api client) {
        return client.post("/api/v1/employers", Map.of("name", unique("Acme "), "addresses", List.of(
                Map.of("line1", "1 High Street", "town", "Leeds", "postcode", "LS1 1AA"),
                Map.of("line1", "2 Low Street", "town", "York", "postcode", "YO1 7HH")))).expect(201).body();
    }

    @SuppressWarnings("unchecked")
    protected static String addressId(Map<String, Object> employer, int index) {
        return (String) ((List<Map<String, Object>>) employer.get("addresses")).get(index).get("id");
    }

    protected String manager(Api client, String employerId) {
        return client.post("/api/v1/managers", Map.of("givenName", "Max", "familyName", "Manager",
                "email", "max@employer.test", "phone", "01632 960002", "employerId", employerId)).expect(201).id();
    }

    protected String connection(String epaoId) {
        return api.post("/api/v1/epa-connections", Map.of("epaoId", epaoId, "baseUrl", "http://localhost:9/",
                "apiToken", "x")).expect(201).id();
    }

    /** A valid create body: a learner of 20 on the given programme, no links. */
    protected static Map<String, Object> learner(String programmeId) {
        Map<String, Object> programme = new HashMap<>(Map.of("programmeId", programmeId, "startDate", "2025-09-01",
                "plannedEndDate", "2027-03-01"));
        Map<String, Object> body = new HashMap<>(Map.of("uln", "1000000043", "givenNames", "Ann",
                "familyName", "Smith", "dateOfBirth", "2005-04-01", "sex", "F", "ethnicity", 31,
                "email", "ann@example.com"));
        body.put("programme", programme);
        return body;
    }

    /** A valid create body of a learner working at an employer's address, as a connected registration needs. */
    protected Map<String, Object> employedLearner(String programmeId) {
        Map<String, Object> employer = employer(api);
        Map<String, Object> body = learner(programmeId);
        body.put("employerId", employer.get("id"));
        body.put("employerAddressId", addressId(employer, 0));
        return body;
    }

    /** Puts an existing learner to work at an employer's address, so that it may be registered through a connection. */
    protected void employ(String learnerId) {
        Map<String, Object> employer = employer(api);
        api.patch("/api/v1/learners/" + learnerId, Map.of("employerId", employer.get("id"),
                "employerAddressId", addressId(employer, 0))).expect(200);
    }

    protected Map<String, Object> create(Map<String, Object> body) {
        return api.post("/api/v1/learners", body).expect(201).body();
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> programmeOf(Map<String, Object> learner) {
        return (Map<String, Object>) learner.get("programme");
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> registrationOf(Map<String, Object> learner) {
        return (Map<String, Object>) learner.get("epaRegistration");
    }

    protected List<Map<String, Object>> allLearners(Api client) {
        return client.get("/api/v1/learners").expect(200).items();
    }
}
