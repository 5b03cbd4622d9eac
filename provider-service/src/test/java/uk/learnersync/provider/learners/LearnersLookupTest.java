package uk.learnersync.provider.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.staff.CaseOwnerId;

/** What the sync engine reads: the connected learners of a linked record, page by page. */
class LearnersLookupTest extends LearnerApiTestSupport {

    @Autowired
    private Learners learners;

    @Test
    void FO_1_pagesThroughTheConnectedLearnersOfEachLinkedRecordAndNoOthers() {
        String programmeId = programme();
        String caseOwnerId = caseOwner(api);
        Map<String, Object> employer = employer(api);
        String employerId = (String) employer.get("id");
        String managerId = manager(api, employerId);
        connection(EPAO);
        List<LearnerId> connected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Map<String, Object> body = learner(programmeId);
            body.putAll(Map.of("caseOwnerId", caseOwnerId, "managerId", managerId, "employerId", employerId,
                    "employerAddressId", addressId(employer, 0)));
            String id = create(body).get("id").toString();
            if (i % 3 != 0) {
                api.post("/api/v1/learners/" + id + "/epa-registration", Map.of()).expect(201);
                connected.add(new LearnerId(UUID.fromString(id)));
            } else if (i == 3) {
                api.post("/api/v1/learners/" + id + "/epa-registration", Map.of("mode", "MANUAL")).expect(201);
            }
        }
        api.post("/api/v1/learners/" + create(employedLearner(programmeId)).get("id") + "/epa-registration", Map.of())
                .expect(201);
        // PostgreSQL orders UUIDs by their unsigned bytes, as their text sorts; Java's compareTo is signed.
        connected.sort(Comparator.comparing(LearnerId::toString));
        ProviderId provider = new ProviderId(UUID.fromString(providerId));

        for (LearnerLink link : List.of(new LearnerLink.ToCaseOwner(new CaseOwnerId(UUID.fromString(caseOwnerId))),
                new LearnerLink.ToManager(new ManagerId(UUID.fromString(managerId))),
                new LearnerLink.ToEmployer(new EmployerId(UUID.fromString(employerId))),
                new LearnerLink.ToEmployerAddress(new EmployerAddressId(UUID.fromString(addressId(employer, 0)))))) {
            assertThat(learners.countConnectedLearnersLinkedTo(provider, link)).isEqualTo(4);
            List<LearnerId> first = learners.connectedLearnersLinkedTo(provider, link, null, 3);
            List<LearnerId> rest = learners.connectedLearnersLinkedTo(provider, link, first.get(2), 3);
            assertThat(first).containsExactlyElementsOf(connected.subList(0, 3));
            assertThat(rest).containsExactlyElementsOf(connected.subList(3, 4));
        }
        LearnerLink otherAddress = new LearnerLink.ToEmployerAddress(
                new EmployerAddressId(UUID.fromString(addressId(employer, 1))));
        assertThat(learners.connectedLearnersLinkedTo(provider, otherAddress, null, 10)).isEmpty();
        ProviderId otherProvider = new ProviderId(UUID.fromString((String) newProviderAccount().get("id")));
        assertThat(learners.countConnectedLearnersLinkedTo(otherProvider,
                new LearnerLink.ToCaseOwner(new CaseOwnerId(UUID.fromString(caseOwnerId))))).isZero();
    }

    @Test
    void recordsTheApprenticeIdOfAConnectedLearnerOnly() {
        String programmeId = programme();
        connection(EPAO);
        String connectedId = create(employedLearner(programmeId)).get("id").toString();
        api.post("/api/v1/learners/" + connectedId + "/epa-registration", Map.of()).expect(201);
        String manualId = create(learner(programmeId)).get("id").toString();
        api.post("/api/v1/learners/" + manualId + "/epa-registration", Map.of("mode", "MANUAL")).expect(201);
        ProviderId provider = new ProviderId(UUID.fromString(providerId));

        learners.recordApprenticeId(provider, new LearnerId(UUID.fromString(connectedId)), "APP-1");
        learners.recordApprenticeId(provider, new LearnerId(UUID.fromString(manualId)), "APP-2");

        assertThat(registrationOf(api.get("/api/v1/learners/" + connectedId).body()))
                .containsEntry("apprenticeId", "APP-1");
        assertThat(registrationOf(api.get("/api/v1/learners/" + manualId).body())).containsEntry("apprenticeId", null);
        assertThat(learners.find(provider, new LearnerId(UUID.fromString(connectedId))).orElseThrow()
                .registration().apprenticeId()).isEqualTo("APP-1");
    }
}
