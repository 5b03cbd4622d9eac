package uk.learnersync.provider.learners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.provider.shared.ProviderId;

/** What the application service tells the sync engine, through the web pages' channel. */
@RecordApplicationEvents
class LearnerRecordsEventsTest extends LearnerApiTestSupport {

    private static final ChangeOrigin UI = new ChangeOrigin("user:tess@provider.test", Channel.UI);

    @Autowired
    private LearnerManagement records;

    @Autowired
    private ApplicationEvents events;

    @Autowired
    private JdbcClient jdbc;

    private ProviderId provider;
    private LearnerId id;
    private String programmeId;

    @BeforeEach
    void learner() {
        provider = new ProviderId(UUID.fromString(providerId));
        programmeId = programme();
        id = new LearnerId(UUID.fromString((String) create(learner(programmeId)).get("id")));
        events.clear();
    }

    @Test
    void PD_1_aChangedSexIsPublishedAsExactlyThatAspect() {
        records.changeDetails(provider, id, current -> new LearnerDetailsInput(current.uln(), current.givenNames(),
                current.familyName(), current.dateOfBirth(), "M", current.ethnicity(), current.email(),
                current.learnRefNumber(), null, null, null, null, null), UI);

        assertThat(events.stream(LearnerChanged.class)).singleElement().satisfies(changed -> {
            assertThat(changed.changed()).isEqualTo(Set.of(LearnerAspect.SEX));
            assertThat(changed.origin()).isEqualTo(UI);
            assertThat(changed.circumstance()).isNull();
        });
    }

    @Test
    void PD_4_personalDetailsUlnAndEthnicityChangedTogetherArePublishedInOneEvent() {
        records.changeDetails(provider, id, current -> new LearnerDetailsInput("1748529632", "Anne",
                current.familyName(), current.dateOfBirth(), current.sex(), 99, current.email(),
                current.learnRefNumber(), null, null, null, null, null), UI);

        assertThat(events.stream(LearnerChanged.class)).singleElement().extracting(LearnerChanged::changed)
                .isEqualTo(Set.of(LearnerAspect.PERSONAL_DETAILS, LearnerAspect.ULN, LearnerAspect.ETHNICITY));
    }

    @Test
    void EM_4_replacingTheEmployerAddressIsAnEmployerChange() {
        Map<String, Object> employer = employer(api);
        String employerId = (String) employer.get("id");
        records.changeDetails(provider, id, current -> withEmployer(current, employerId, addressId(employer, 0)), UI);
        events.clear();

        records.changeDetails(provider, id, current -> withEmployer(current, employerId, addressId(employer, 1)), UI);

        assertThat(events.stream(LearnerChanged.class)).singleElement().extracting(LearnerChanged::changed)
                .isEqualTo(Set.of(LearnerAspect.EMPLOYER));
    }

    @Test
    void nothingChangedPublishesNothingAndAReferenceChangeIsAuditedButNotPublished() {
        records.changeDetails(provider, id, current -> current, UI);
        assertThat(events.stream(LearnerChanged.class)).isEmpty();

        records.changeDetails(provider, id, current -> new LearnerDetailsInput(current.uln(), current.givenNames(),
                current.familyName(), current.dateOfBirth(), current.sex(), current.ethnicity(), current.email(),
                "NEWREF", null, null, null, null, null), UI);

        assertThat(events.stream(LearnerChanged.class)).isEmpty();
        assertThat(jdbc.sql("SELECT channel FROM audit_events WHERE entity_id = ? ORDER BY id")
                .param(id.value()).query(String.class).list()).containsExactly("API", "UI");
    }

    @Test
    void PG_1_PG_3_editProgrammeDetailsPublishesTheDatesAndEpaPeriodThatChanged() {
        records.editProgrammeDetails(provider, id, LocalDate.of(2025, 10, 1), LocalDate.of(2027, 3, 1), 3, UI);

        assertThat(events.stream(LearnerChanged.class)).singleElement().extracting(LearnerChanged::changed)
                .isEqualTo(Set.of(LearnerAspect.PROGRAMME_START_DATE, LearnerAspect.EPA_PERIOD));
    }

    @Test
    void PC_4_aChangeOfProgrammePublishesTheEnrolmentsBeforeAndAfter() {
        Learner before = records.get(provider, id);
        String newProgramme = programme(api, OTHER_EPAO, "Data");

        Learner after = records.changeProgramme(provider, id, newProgramme, "Data", null, UI);

        assertThat(after.enrolment()).isEqualTo(new Enrolment(new ProgrammeId(UUID.fromString(newProgramme)), "Data",
                before.enrolment().startDate(), before.enrolment().plannedEndDate(), null,
                new EpaoId(OTHER_EPAO)));
        assertThat(events.stream(LearnerChanged.class)).singleElement().satisfies(changed -> {
            assertThat(changed.before().enrolment()).isEqualTo(before.enrolment());
            assertThat(changed.after().enrolment()).isEqualTo(after.enrolment());
            assertThat(changed.after().registration()).isEqualTo(EpaRegistration.NONE);
        });
    }

    @Test
    void PC_3_aConnectedLearnerMovedToAnotherConnectedEpaoIsRegisteredThereAfresh() {
        connection(EPAO);
        employ(id.toString());
        String otherConnection = connection(OTHER_EPAO);
        Learner registered = records.register(provider, id, RegistrationMode.CONNECTED, UI);
        events.clear();

        Learner moved = records.changeProgramme(provider, id, programme(api, OTHER_EPAO), null, null, UI);

        EpaRegistration afresh = new EpaRegistration(RegistrationMode.CONNECTED, new EpaoId(OTHER_EPAO),
                new EpaConnectionId(UUID.fromString(otherConnection)), null);
        assertThat(moved.registration()).isEqualTo(afresh);
        assertThat(events.stream(LearnerChanged.class)).singleElement()
                .satisfies(event -> {
                    assertThat(event.before().registration()).isEqualTo(registered.registration());
                    assertThat(event.after().registration()).isEqualTo(afresh);
                });
    }

    @Test
    void PC_1_aConnectedLearnerMovedToAnEpaoWithoutAConnectionIsSwitchedToManual() {
        connection(EPAO);
        employ(id.toString());
        records.register(provider, id, RegistrationMode.CONNECTED, UI);

        Learner moved = records.changeProgramme(provider, id, programmeId, null, OTHER_EPAO, UI);

        assertThat(moved.registration())
                .isEqualTo(new EpaRegistration(RegistrationMode.MANUAL, new EpaoId(OTHER_EPAO), null, null));
    }

    @Test
    void RG_1_registeringPublishesTheRegistration() {
        connection(EPAO);
        employ(id.toString());

        events.clear();
        Learner registered = records.register(provider, id, RegistrationMode.CONNECTED, UI);

        assertThat(events.stream(LearnerChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.before().registration()).isEqualTo(EpaRegistration.NONE);
            assertThat(event.after().registration()).isEqualTo(registered.registration());
        });
    }

    @Test
    void aRefusedChangePublishesNothing() {
        assertThatThrownBy(() -> records.editProgrammeDetails(provider, id, LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 9, 1), 3, UI)).isInstanceOf(InvalidInputException.class);

        assertThat(events.stream(LearnerChanged.class)).isEmpty();
        assertThat(records.get(provider, id).enrolment().startDate()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    private static LearnerDetailsInput withEmployer(LearnerDetailsInput current, String employerId, String addressId) {
        return new LearnerDetailsInput(current.uln(), current.givenNames(), current.familyName(),
                current.dateOfBirth(), current.sex(), current.ethnicity(), current.email(), current.learnRefNumber(),
                current.caseOwnerId(), current.managerId(), employerId, addressId, current.agreemId());
    }
}
