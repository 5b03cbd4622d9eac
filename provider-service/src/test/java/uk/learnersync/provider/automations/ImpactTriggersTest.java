package uk.learnersync.provider.automations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.learners.CircumstanceOutcome;
import uk.learnersync.provider.learners.Enrolment;
import uk.learnersync.provider.learners.EpaRegistration;
import uk.learnersync.provider.learners.Ethnicity;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.LearnerLinks;
import uk.learnersync.provider.learners.PersonalDetails;
import uk.learnersync.provider.learners.RegistrationMode;
import uk.learnersync.provider.learners.Sex;
import uk.learnersync.provider.learners.Uln;
import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.policy.Trigger;

/** Which sync triggers an automation's outcome fires: what its impact preview asks the sync policy about. */
class ImpactTriggersTest {

    private static final EpaoId EPAO = new EpaoId("EPA0001");
    private static final Enrolment ENROLMENT = new Enrolment(new ProgrammeId(UUID.randomUUID()), "Core",
            LocalDate.of(2025, 9, 1), LocalDate.of(2027, 3, 1), 3, EPAO);

    private final Learner connected = Learner.enrol(new LearnerId(UUID.randomUUID()), new ProviderId(UUID.randomUUID()),
                    "A1", new PersonalDetails(Uln.of("1000000043"), "Ann", "Smith", LocalDate.of(2005, 4, 1), Sex.F,
                            Ethnicity.WHITE_BRITISH, "ann@example.com"),
                    new LearnerLinks(null, new ManagerId(UUID.randomUUID()), new EmployerId(UUID.randomUUID()),
                            new EmployerAddressId(UUID.randomUUID())), ENROLMENT)
            .withRegistration(new EpaRegistration(RegistrationMode.CONNECTED, EPAO,
                    new EpaConnectionId(UUID.randomUUID()), "APP-1"));

    @Test
    void circumstancesFireTheirOwnTrigger() {
        CircumstanceOutcome onBreak = outcome(connected.onBreak());

        assertThat(ImpactTriggers.of(AutomationType.BREAK_IN_LEARNING, onBreak, true))
                .containsExactly(Trigger.BREAK_IN_LEARNING);
        assertThat(ImpactTriggers.of(AutomationType.RETURN_TO_LEARNING, onBreak, true))
                .containsExactly(Trigger.RETURN_TO_LEARNING);
        assertThat(ImpactTriggers.of(AutomationType.WITHDRAWAL, onBreak, true)).containsExactly(Trigger.WITHDRAWAL);
    }

    @Test
    void PC_4_PC_5_aMoveOnTheSameEpaoIsANewProgrammeOrANewOption() {
        Enrolment newOption = new Enrolment(ENROLMENT.programmeId(), "Web", ENROLMENT.startDate(),
                ENROLMENT.plannedEndDate(), 3, EPAO);
        Enrolment newProgramme = new Enrolment(new ProgrammeId(UUID.randomUUID()), null, ENROLMENT.startDate(),
                ENROLMENT.plannedEndDate(), 3, EPAO);

        assertThat(ImpactTriggers.of(AutomationType.CHANGE_OF_PROGRAMME, outcome(connected.withEnrolment(newOption)),
                true)).containsExactlyInAnyOrder(Trigger.CHANGE_OF_PROGRAMME, Trigger.OPTION_CHANGED_ON_SAME_CONNECTION);
        assertThat(ImpactTriggers.of(AutomationType.CHANGE_OF_PROGRAMME,
                outcome(connected.withEnrolment(newProgramme)), true))
                .containsExactlyInAnyOrder(Trigger.CHANGE_OF_PROGRAMME, Trigger.MOVED_TO_PROGRAMME_ON_SAME_CONNECTION);
    }

    @Test
    void PC_1_PC_2_PC_3_aMoveToAnotherEpaoDependsOnItsConnectionAndTheRegistration() {
        Learner moved = connected.withEnrolment(new Enrolment(new ProgrammeId(UUID.randomUUID()), null,
                ENROLMENT.startDate(), ENROLMENT.plannedEndDate(), 3, new EpaoId("EPA0002")));
        Learner manual = connected.withRegistration(new EpaRegistration(RegistrationMode.MANUAL, EPAO, null, null));

        assertThat(ImpactTriggers.of(AutomationType.CHANGE_OF_PROGRAMME, outcome(moved), true))
                .contains(Trigger.MOVED_TO_OTHER_CONNECTION);
        assertThat(ImpactTriggers.of(AutomationType.CHANGE_OF_PROGRAMME, outcome(moved), false))
                .contains(Trigger.MOVED_TO_UNCONNECTED_EPAO);
        assertThat(ImpactTriggers.of(AutomationType.CHANGE_OF_PROGRAMME,
                new CircumstanceOutcome(manual, moved, List.of()), true))
                .contains(Trigger.MOVED_TO_CONNECTED_EPAO_FROM_MANUAL);
    }

    @Test
    void MG_5_EM_5_MG_6_EM_6_employmentChangesFireWhatWasReplaced() {
        Learner newEmployer = connected.employedAt(new EmployerId(UUID.randomUUID()),
                new EmployerAddressId(UUID.randomUUID()), new ManagerId(UUID.randomUUID()));
        Learner newManager = connected.employedAt(connected.employerId(), connected.employerAddressId(),
                new ManagerId(UUID.randomUUID()));

        assertThat(ImpactTriggers.of(AutomationType.CHANGE_OF_EMPLOYER, outcome(newEmployer), true))
                .containsExactlyInAnyOrder(Trigger.EMPLOYER_REPLACED, Trigger.MANAGER_REPLACED);
        assertThat(ImpactTriggers.of(AutomationType.CHANGE_OF_WORKING_CONDITIONS, outcome(newManager), true))
                .containsExactly(Trigger.MANAGER_REPLACED);
    }

    private CircumstanceOutcome outcome(Learner after) {
        return new CircumstanceOutcome(connected, after, List.of());
    }
}
