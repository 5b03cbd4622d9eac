package uk.learnersync.provider.learners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.staff.CaseOwnerId;

class LearnerAspectTest {

    private static final Enrolment ENROLMENT = new Enrolment(new ProgrammeId(UUID.randomUUID()), "Core",
            LocalDate.of(2025, 9, 1), LocalDate.of(2027, 3, 1), 3, new EpaoId("EPA0001"));
    private static final PersonalDetails ANN = new PersonalDetails(Uln.of("1000000043"), "Ann", "Smith",
            LocalDate.of(2005, 4, 1), Sex.F, Ethnicity.WHITE_BRITISH, "ann@example.com");
    private static final LearnerLinks LINKS = new LearnerLinks(new CaseOwnerId(UUID.randomUUID()),
            new ManagerId(UUID.randomUUID()), new EmployerId(UUID.randomUUID()),
            new EmployerAddressId(UUID.randomUUID()));

    private final Learner learner = Learner.enrol(new LearnerId(UUID.randomUUID()),
            new ProviderId(UUID.randomUUID()), "A1", ANN, LINKS, ENROLMENT);

    @Test
    void nothingChangedIsNoAspect() {
        assertThat(LearnerAspect.changedBetween(learner, learner.withDetails("A1", ANN, LINKS))).isEmpty();
    }

    @Test
    void eachPersonalFieldMapsToItsAspect() {
        assertThat(changed(new PersonalDetails(ANN.uln(), "Anne", ANN.familyName(), ANN.dateOfBirth(), ANN.sex(),
                ANN.ethnicity(), ANN.email()))).containsExactly(LearnerAspect.PERSONAL_DETAILS);
        assertThat(changed(new PersonalDetails(ANN.uln(), ANN.givenNames(), "Jones", ANN.dateOfBirth(), ANN.sex(),
                ANN.ethnicity(), ANN.email()))).containsExactly(LearnerAspect.PERSONAL_DETAILS);
        assertThat(changed(new PersonalDetails(ANN.uln(), ANN.givenNames(), ANN.familyName(),
                LocalDate.of(2005, 4, 2), ANN.sex(), ANN.ethnicity(), ANN.email())))
                .containsExactly(LearnerAspect.PERSONAL_DETAILS);
        assertThat(changed(new PersonalDetails(ANN.uln(), ANN.givenNames(), ANN.familyName(), ANN.dateOfBirth(),
                ANN.sex(), ANN.ethnicity(), "ann@other.example"))).containsExactly(LearnerAspect.PERSONAL_DETAILS);
        assertThat(changed(new PersonalDetails(ANN.uln(), ANN.givenNames(), ANN.familyName(), ANN.dateOfBirth(),
                Sex.M, ANN.ethnicity(), ANN.email()))).containsExactly(LearnerAspect.SEX);
        assertThat(changed(new PersonalDetails(ANN.uln(), ANN.givenNames(), ANN.familyName(), ANN.dateOfBirth(),
                ANN.sex(), Ethnicity.WHITE_IRISH, ANN.email()))).containsExactly(LearnerAspect.ETHNICITY);
        assertThat(changed(new PersonalDetails(Uln.of("1748529632"), ANN.givenNames(), ANN.familyName(),
                ANN.dateOfBirth(), ANN.sex(), ANN.ethnicity(), ANN.email()))).containsExactly(LearnerAspect.ULN);
    }

    @Test
    void severalChangesAreReportedTogether() {
        PersonalDetails changed = new PersonalDetails(Uln.of("1748529632"), "Anne", ANN.familyName(),
                ANN.dateOfBirth(), Sex.M, ANN.ethnicity(), ANN.email());

        assertThat(changed(changed)).containsExactlyInAnyOrder(LearnerAspect.ULN, LearnerAspect.PERSONAL_DETAILS,
                LearnerAspect.SEX);
    }

    @Test
    void theReferenceIsNoAspect() {
        assertThat(LearnerAspect.changedBetween(learner, learner.withDetails("B2", ANN, LINKS))).isEmpty();
    }

    @Test
    void eachLinkMapsToItsAspectAndTheAddressCountsAsTheEmployer() {
        assertThat(linksChanged(new LearnerLinks(null, LINKS.managerId(), LINKS.employerId(),
                LINKS.employerAddressId()))).containsExactly(LearnerAspect.CASE_OWNER);
        assertThat(linksChanged(new LearnerLinks(LINKS.caseOwnerId(), new ManagerId(UUID.randomUUID()),
                LINKS.employerId(), LINKS.employerAddressId()))).containsExactly(LearnerAspect.MANAGER);
        assertThat(linksChanged(new LearnerLinks(LINKS.caseOwnerId(), LINKS.managerId(),
                new EmployerId(UUID.randomUUID()), LINKS.employerAddressId()))).containsExactly(LearnerAspect.EMPLOYER);
        assertThat(linksChanged(new LearnerLinks(LINKS.caseOwnerId(), LINKS.managerId(), LINKS.employerId(),
                new EmployerAddressId(UUID.randomUUID())))).containsExactly(LearnerAspect.EMPLOYER);
    }

    @Test
    void programmeDatesAndEpaPeriodAreAspectsButTheProgrammeItselfIsNot() {
        assertThat(enrolmentChanged(new Enrolment(ENROLMENT.programmeId(), "Core", LocalDate.of(2025, 10, 1),
                ENROLMENT.plannedEndDate(), 3, ENROLMENT.epaoId()))).containsExactly(LearnerAspect.PROGRAMME_START_DATE);
        assertThat(enrolmentChanged(new Enrolment(ENROLMENT.programmeId(), "Core", ENROLMENT.startDate(),
                LocalDate.of(2027, 4, 1), 3, ENROLMENT.epaoId())))
                .containsExactly(LearnerAspect.PROGRAMME_PLANNED_END_DATE);
        assertThat(enrolmentChanged(new Enrolment(ENROLMENT.programmeId(), "Core", ENROLMENT.startDate(),
                ENROLMENT.plannedEndDate(), null, ENROLMENT.epaoId()))).containsExactly(LearnerAspect.EPA_PERIOD);
        assertThat(enrolmentChanged(new Enrolment(new ProgrammeId(UUID.randomUUID()), "Other",
                ENROLMENT.startDate(), ENROLMENT.plannedEndDate(), 3, new EpaoId("EPA0002")))).isEmpty();
    }

    @Test
    void theRegistrationIsNoAspect() {
        Learner registered = learner.withRegistration(new EpaRegistration(RegistrationMode.CONNECTED,
                ENROLMENT.epaoId(), new EpaConnectionId(UUID.randomUUID()), null));

        assertThat(LearnerAspect.changedBetween(learner, registered)).isEmpty();
    }

    private Set<LearnerAspect> changed(PersonalDetails details) {
        return LearnerAspect.changedBetween(learner, learner.withDetails("A1", details, LINKS));
    }

    private Set<LearnerAspect> linksChanged(LearnerLinks links) {
        return LearnerAspect.changedBetween(learner, learner.withDetails("A1", ANN, links));
    }

    private Set<LearnerAspect> enrolmentChanged(Enrolment enrolment) {
        return LearnerAspect.changedBetween(learner, learner.withEnrolment(enrolment));
    }
}
