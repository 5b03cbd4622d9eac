package uk.learnersync.provider.sync.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.learners.AppliedCircumstance;
import uk.learnersync.provider.learners.CircumstanceType;
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
import uk.learnersync.provider.learners.WithdrawReason;
import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.staff.CaseOwnerId;
import uk.learnersync.provider.sync.PlatformRecord;
import uk.learnersync.provider.sync.PlatformStatus;
import uk.learnersync.provider.sync.policy.RuleTable;
import uk.learnersync.provider.sync.policy.SyncAction;
import uk.learnersync.provider.sync.policy.SyncPolicy;

/** The planner alone: what each kind of change writes to the sync log and what each platform record must hold. */
class PlannerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final EpaoId EPAO = new EpaoId("EPA0001");
    private static final EpaoId OTHER_EPAO = new EpaoId("EPA0002");
    private static final EpaoId UNCONNECTED_EPAO = new EpaoId("EPA0003");
    private static final EpaConnectionId CONNECTION = new EpaConnectionId(UUID.randomUUID());
    private static final EpaConnectionId OTHER_CONNECTION = new EpaConnectionId(UUID.randomUUID());
    private static final ProgrammeId PROGRAMME = new ProgrammeId(UUID.randomUUID());
    private static final ChangeOrigin UI = new ChangeOrigin("user:test", Channel.UI);
    private static final ChangeOrigin API = new ChangeOrigin("api-token:test", Channel.API);
    private static final ChangeOrigin MANUAL = new ChangeOrigin("user:test", Channel.MANUAL);

    private final Planner planner = new Planner(SyncPolicy.seedDefault(), TODAY);

    @Test
    void RG_1_registeringThroughAConnectionOpensARecordThatTakesTheWholeLearner() {
        Learner before = learner();
        Learner after = before.withRegistration(connected(EPAO, CONNECTION));

        Plan plan = planner.learnerChanged(before, after, null, UI, live(after), List.of(), connected());

        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.ruleId()).isEqualTo("RG-1");
            assertThat(step.action()).isEqualTo(SyncAction.REGISTER);
            assertThat(step.connectionId()).isEqualTo(CONNECTION);
            assertThat(step.sends()).isTrue();
        });
        assertThat(plan.opened()).singleElement().satisfies(record -> {
            assertThat(record.active()).isTrue();
            assertThat(record.desired()).isEqualTo(live(after));
        });
    }

    @Test
    void CV_4_aLearnerOnABreakIsRegisteredSuspended() {
        Learner before = learner().onBreak();
        Learner after = before.withRegistration(connected(EPAO, CONNECTION));

        Plan plan = planner.learnerChanged(before, after, null, UI, live(after), List.of(), connected());

        assertThat(plan.opened()).singleElement()
                .satisfies(record -> assertThat(record.desired().status()).isEqualTo(PlatformStatus.SUSPENDED));
    }

    @Test
    void PD_4_aNameChangedInThePagesUpdatesTheLearnerSectionOnly() {
        Learner before = registered();
        RecordState record = recordOf(before);
        Learner after = renamed(before, "Byron");

        Plan plan = planner.learnerChanged(before, after, null, UI, live(after), List.of(record), connected());

        assertThat(plan.steps()).extracting(Step::ruleId, Step::action, Step::sends)
                .containsExactly(tuple("PD-4", SyncAction.UPDATE_LEARNER_DETAILS, true));
        assertThat(plan.changed()).singleElement()
                .satisfies(changed -> assertThat(changed.desired()).isEqualTo(record.desired().withLearner(
                        live(after).learner())));
    }

    @Test
    void PG_2_aPlannedEndDateChangedInThePagesSendsThatDateAloneNotAStartThePlatformWasNeverTold() {
        Learner before = registered();
        // The platform knows the start before a change of programme applied by hand (CC-5) moved it.
        PlatformRecord told = live(before).withProgramme(live(before).programme()
                .withDates(LocalDate.of(2025, 8, 1), before.enrolment().plannedEndDate()));
        RecordState record = new RecordState(RecordId.random(), CONNECTION, EPAO, true, "A-1", told);
        Learner after = before.withEnrolment(enrolment(EPAO, LocalDate.of(2027, 6, 30)));

        Plan plan = planner.learnerChanged(before, after, null, UI, live(after), List.of(record), connected());

        assertThat(plan.steps()).extracting(Step::ruleId, Step::action, Step::sends)
                .containsExactly(tuple("PG-2", SyncAction.UPDATE_PROGRAMME_DATES, true));
        assertThat(plan.changed()).singleElement().satisfies(changed -> assertThat(changed.desired().programme())
                .isEqualTo(told.programme().withPlannedEndDate(LocalDate.of(2027, 6, 30))));
    }

    @Test
    void PG_4_datesChangedThroughTheApiAreLoggedSkippedAndLeaveTheRecordAsItWas() {
        Learner before = registered();
        Learner after = before.withEnrolment(enrolment(EPAO, LocalDate.of(2027, 6, 30)));

        Plan plan = planner.learnerChanged(before, after, null, API, live(after), List.of(recordOf(before)),
                connected());

        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.ruleId()).isEqualTo("PG-4");
            assertThat(step.sends()).isFalse();
            assertThat(step.reason()).contains("sends nothing through API");
        });
        assertThat(plan.changed()).isEmpty();
    }

    @Test
    void PC_3_aMoveToAnotherConnectionWithdrawsTheOldRecordThenRegistersAFreshOne() {
        Learner before = registered();
        Learner after = before.withEnrolment(enrolment(OTHER_EPAO, before.enrolment().plannedEndDate()))
                .withRegistration(connected(OTHER_EPAO, OTHER_CONNECTION));
        RecordState old = recordOf(before);

        Plan plan = planner.learnerChanged(before, after, null, API, live(after), List.of(old), connected());

        assertThat(plan.steps()).extracting(step -> step.ruleId() + " " + step.action() + " " + step.connectionId())
                .containsExactly("PC-3 WITHDRAW_FROM_CONNECTION " + CONNECTION, "RG-1 REGISTER " + OTHER_CONNECTION);
        assertThat(plan.steps().get(0).payload()).containsEntry("type", "TRANSFER_TO_ANOTHER_EPAO")
                .containsEntry("effectiveDate", TODAY);
        assertThat(plan.changed()).singleElement().satisfies(left -> {
            assertThat(left.active()).isFalse();
            assertThat(left.desired().status()).isEqualTo(PlatformStatus.WITHDRAWN);
        });
        assertThat(plan.opened()).singleElement().satisfies(fresh -> assertThat(fresh.epaoId()).isEqualTo(OTHER_EPAO));
    }

    @Test
    void PC_1_aMoveToAnEpaoWithoutAConnectionWithdrawsTheOldRecordAndOpensNone() {
        Learner before = registered();
        Learner after = before.withEnrolment(enrolment(UNCONNECTED_EPAO, before.enrolment().plannedEndDate()))
                .withRegistration(new EpaRegistration(RegistrationMode.MANUAL, UNCONNECTED_EPAO, null, null));

        Plan plan = planner.learnerChanged(before, after, null, API, null, List.of(recordOf(before)), connected());

        assertThat(plan.steps()).extracting(Step::ruleId).containsExactly("PC-1");
        assertThat(plan.opened()).isEmpty();
        assertThat(plan.changed()).singleElement().satisfies(left -> assertThat(left.active()).isFalse());
    }

    @Test
    void CC_5_aManualChangeOfProgrammeToAnotherEpaoSendsNothingAndLeavesTheOldRecordAsItIs() {
        Learner before = registered();
        Learner after = before.withEnrolment(enrolment(OTHER_EPAO, before.enrolment().plannedEndDate()))
                .withRegistration(new EpaRegistration(RegistrationMode.MANUAL, OTHER_EPAO, null, null));
        AppliedCircumstance changeOfProgramme = new AppliedCircumstance(CircumstanceType.CHANGE_OF_PROGRAMME,
                TODAY, Map.of());
        RecordState old = recordOf(before);

        Plan plan = planner.learnerChanged(before, after, changeOfProgramme, MANUAL, null, List.of(old),
                connected());

        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.ruleId()).isEqualTo("CC-5");
            assertThat(step.sends()).isFalse();
        });
        assertThat(plan.changed()).singleElement().satisfies(left -> {
            assertThat(left.active()).isFalse();
            assertThat(left.desired()).isEqualTo(old.desired());
        });
    }

    @Test
    void CV_4_aWithdrawnRecordIsNeverRestartedByAProgrammeChange() {
        Learner before = registered().withdrawn(WithdrawReason.of(3), TODAY);
        RecordState withdrawn = recordOf(before);
        Learner after = before.withEnrolment(new Enrolment(new ProgrammeId(UUID.randomUUID()), null,
                before.enrolment().startDate(), before.enrolment().plannedEndDate(), 3, EPAO, null));

        Plan plan = planner.learnerChanged(before, after, null, API, live(after), List.of(withdrawn), connected());

        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.ruleId()).isEqualTo("CV-4");
            assertThat(step.sends()).isFalse();
        });
        assertThat(plan.changed()).isEmpty();
    }

    @Test
    void CC_2_aReturnRecordsTheCircumstanceAndTheNewPlannedEndDate() {
        Learner before = registered().onBreak();
        RecordState onBreak = recordOf(before);
        LocalDate newEnd = LocalDate.of(2027, 9, 30);
        Learner after = before.returned(newEnd);
        AppliedCircumstance returned = new AppliedCircumstance(CircumstanceType.RETURN_TO_LEARNING, TODAY,
                Map.of("plannedEndDate", newEnd.toString()));

        Plan plan = planner.learnerChanged(before, after, returned,
                ChangeOrigin.automation("user:approver", AutomationType.RETURN_TO_LEARNING), live(after),
                List.of(onBreak), connected());

        assertThat(plan.steps()).extracting(Step::ruleId).as("the date travels with the circumstance")
                .containsExactly("CC-2");
        assertThat(plan.changed()).singleElement().satisfies(record -> {
            assertThat(record.desired().status()).isEqualTo(PlatformStatus.ON_PROGRAMME);
            assertThat(record.desired().programme().plannedEndDate()).isEqualTo(newEnd);
        });
    }

    @Test
    void MG_4_aManagerReplacedByHandIsNoRulesChangeAndLogsNothing() {
        Learner before = registered();
        Learner after = before.employedAt(before.employerId(), before.employerAddressId(),
                new ManagerId(UUID.randomUUID()));

        Plan plan = planner.learnerChanged(before, after, null, MANUAL, live(after), List.of(recordOf(before)),
                connected());

        assertThat(plan.steps()).isEmpty();
        assertThat(plan.changed()).isEmpty();
    }

    @Test
    void CO_2_aLinkedRecordsChangeUpdatesOnlyItsSectionOfTheActiveRecord() {
        Learner learner = registered();
        RecordState record = recordOf(learner);
        PlatformRecord.Contact newTutor = new PlatformRecord.Contact("Tess", "Newname", "tess@provider.test", null);
        PlatformRecord live = live(learner).withTutor(newTutor);

        Plan plan = planner.linkedRecordChanged(RuleTable.rule("CO-2"), record, live);

        assertThat(plan.steps()).extracting(Step::ruleId, Step::action)
                .containsExactly(tuple("CO-2", SyncAction.UPDATE_TUTOR));
        assertThat(plan.changed()).singleElement()
                .satisfies(changed -> assertThat(changed.desired()).isEqualTo(record.desired().withTutor(newTutor)));
    }

    @Test
    void TW_4_driftNamesEachFieldThePlatformHoldsOtherwiseButNotAStatusItClosed() {
        PlatformRecord desired = live(registered());
        PlatformRecord edited = desired.withLearner(live(renamed(registered(), "Edited")).learner());
        PlatformRecord withdrawnThere = desired.withStatus(PlatformStatus.WITHDRAWN);

        assertThat(Drift.between(desired, edited)).containsExactly(
                new Drift.Difference("learner.familyName", "Lovelace", "Edited"));
        assertThat(Drift.between(desired, withdrawnThere)).as("closed on the platform: not drift").isEmpty();
        assertThat(Drift.between(withdrawnThere, desired)).containsExactly(
                new Drift.Difference("status", "WITHDRAWN", "ON_PROGRAMME"));
        assertThat(Drift.between(desired, desired)).isEmpty();
    }

    @Test
    void TW_4_aRepairSendsEachDriftedSectionOnceAndTheCircumstanceThatRestoresTheStatus() {
        RecordState record = recordOf(registered());

        Plan plan = planner.repair(record, Set.of("learner.familyName", "learner.email", "tutor.phone", "status"),
                false);

        assertThat(plan.steps()).extracting(Step::ruleId, Step::action, Step::sends).containsExactlyInAnyOrder(
                tuple("TW-4", SyncAction.UPDATE_LEARNER_DETAILS, true), tuple("TW-4", SyncAction.UPDATE_TUTOR, true),
                tuple("TW-4", SyncAction.RECORD_CIRCUMSTANCE, true));
        assertThat(plan.steps()).filteredOn(step -> step.action() == SyncAction.RECORD_CIRCUMSTANCE).singleElement()
                .satisfies(step -> assertThat(step.payload()).containsEntry("type", "RETURN_TO_LEARNING"));
    }

    @Test
    void TW_4_aRecordThePlatformNoLongerHasIsRegisteredAgainWhole() {
        RecordState record = recordOf(registered());

        Plan plan = planner.repair(record, Set.of("record"), true);

        assertThat(plan.steps()).singleElement().satisfies(step -> {
            assertThat(step.action()).isEqualTo(SyncAction.REGISTER);
            assertThat(step.payload()).containsEntry(Planner.REGISTERED_RECORD, record.desired());
        });
    }

    private static Predicate<EpaoId> connected() {
        return Set.of(EPAO, OTHER_EPAO)::contains;
    }

    private static Learner learner() {
        PersonalDetails details = new PersonalDetails(new Uln("1000000043"), "Ada", "Lovelace",
                LocalDate.of(2004, 12, 10), Sex.F, Ethnicity.of(31), "ada@learner.test");
        LearnerLinks links = new LearnerLinks(new CaseOwnerId(UUID.randomUUID()), new ManagerId(UUID.randomUUID()),
                new EmployerId(UUID.randomUUID()), new EmployerAddressId(UUID.randomUUID()));
        return Learner.enrol(new LearnerId(UUID.randomUUID()), new ProviderId(UUID.randomUUID()), "REF1", details,
                links, enrolment(EPAO, LocalDate.of(2027, 3, 31)));
    }

    private static Learner registered() {
        return learner().withRegistration(connected(EPAO, CONNECTION));
    }

    private static Learner renamed(Learner learner, String familyName) {
        PersonalDetails details = learner.personalDetails();
        return learner.withDetails(learner.learnRefNumber(), new PersonalDetails(details.uln(), details.givenNames(),
                familyName, details.dateOfBirth(), details.sex(), details.ethnicity(), details.email()), learner.links());
    }

    private static Enrolment enrolment(EpaoId epaoId, LocalDate plannedEndDate) {
        return new Enrolment(PROGRAMME, null, LocalDate.of(2025, 9, 1), plannedEndDate, 3, epaoId, null);
    }

    private static EpaRegistration connected(EpaoId epaoId, EpaConnectionId connectionId) {
        return new EpaRegistration(RegistrationMode.CONNECTED, epaoId, connectionId, null);
    }

    /** The learner's record as a platform would show it, sections made up from the learner's own fields. */
    private static PlatformRecord live(Learner learner) {
        PlatformRecord.Details details = new PlatformRecord.Details(learner.uln().value(), learner.givenNames(),
                learner.familyName(), learner.dateOfBirth(), learner.sex().name(), learner.ethnicity().code(),
                learner.email());
        return new PlatformRecord(details,
                new PlatformRecord.Employer("Acme Ltd", new PlatformRecord.Address("1 High Street", null, null, "Leeds",
                        "LS1 4AP")),
                new PlatformRecord.Contact("Max", learner.managerId().toString(), "max@employer.test", null),
                new PlatformRecord.Contact("Tess", "Tutor", "tess@provider.test", null),
                new PlatformRecord.Programme(2, "ST0116", "1.0", learner.enrolment().option(),
                        learner.enrolment().startDate(), learner.enrolment().plannedEndDate()),
                PlatformStatus.of(learner.status()));
    }

    /** The record of a learner registered through its connection, on the platform and in step with it. */
    private static RecordState recordOf(Learner learner) {
        return new RecordState(RecordId.random(), learner.registration().connectionId(), learner.registration().epaoId(),
                true, "A-1", live(learner));
    }
}
