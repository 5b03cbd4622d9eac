package uk.learnersync.epaplatform.apprentices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import uk.learnersync.epaplatform.organisations.ConnectionId;
import uk.learnersync.epaplatform.organisations.EpaoId;
import uk.learnersync.epaplatform.organisations.Ukprn;
import uk.learnersync.validation.InvalidInputException;

class ApprenticeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 20);
    private static final Instant NOW = Instant.parse("2026-01-20T10:00:00Z");
    private static final LearnerDetails ADA = new LearnerDetails(new Uln("1000000043"), "Ada", "Lovelace",
            LocalDate.of(2004, 12, 10), Sex.F, 31, null, "01632 960001",
            new Address("2 Low Road", null, null, "Leeds", "LS1 1AA"));

    private final Apprentice registered = registered(ApprenticeStatus.ON_PROGRAMME);

    @Test
    void aRegistrationHasOneActiveProgrammeAndTheStatusItWasRegisteredWith() {
        assertThat(registered.status(TODAY)).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
        assertThat(registered.programmes()).singleElement()
                .satisfies(programme -> assertThat(programme.status()).isEqualTo(ProgrammeStatus.ACTIVE));
        assertThat(registered(ApprenticeStatus.SUSPENDED).status(TODAY)).isEqualTo(ApprenticeStatus.SUSPENDED);
        assertThat(registered(ApprenticeStatus.WITHDRAWN).status(TODAY)).isEqualTo(ApprenticeStatus.WITHDRAWN);
    }

    @Test
    void eachCircumstanceLeadsWhereTheLifecycleSays() {
        assertThat(record(registered, CircumstanceType.BREAK_IN_LEARNING).status(TODAY))
                .isEqualTo(ApprenticeStatus.SUSPENDED);
        assertThat(record(registered, CircumstanceType.WITHDRAWAL).status(TODAY)).isEqualTo(ApprenticeStatus.WITHDRAWN);
        assertThat(record(registered, CircumstanceType.TRANSFER_TO_ANOTHER_EPAO).status(TODAY))
                .isEqualTo(ApprenticeStatus.WITHDRAWN);
        assertThat(record(registered, CircumstanceType.CANCELLATION).status(TODAY))
                .isEqualTo(ApprenticeStatus.CANCELLED);
        Apprentice suspended = record(registered, CircumstanceType.BREAK_IN_LEARNING);
        assertThat(record(suspended, CircumstanceType.CHANGE_OF_PROGRAMME).status(TODAY))
                .isEqualTo(ApprenticeStatus.SUSPENDED);
    }

    @Test
    void aReturnToLearningMovesTheActiveProgrammesPlannedEndDate() {
        Apprentice suspended = record(registered, CircumstanceType.BREAK_IN_LEARNING);

        Apprentice back = suspended.record(CircumstanceType.RETURN_TO_LEARNING, TODAY,
                Map.of("plannedEndDate", "2027-08-31"), NOW);

        assertThat(back.status(TODAY)).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
        assertThat(back.activeProgramme().plannedEndDate()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(back.circumstances()).hasSize(2);
        assertThatThrownBy(() -> suspended.record(CircumstanceType.RETURN_TO_LEARNING, TODAY,
                Map.of("plannedEndDate", "2025-01-01"), NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void entriesRecordedAtTheSameInstantForOneDayKeepTheirOrder() {
        Apprentice back = record(registered, CircumstanceType.BREAK_IN_LEARNING)
                .record(CircumstanceType.RETURN_TO_LEARNING, TODAY, Map.of("plannedEndDate", "2027-08-31"), NOW);

        assertThat(back.status(TODAY)).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
        assertThat(back.circumstances().get(1).recordedAt()).isAfter(back.circumstances().get(0).recordedAt());
    }

    @Test
    void aFutureDatedCircumstanceTakesEffectOnItsDate() {
        Apprentice breakAhead = registered.record(CircumstanceType.BREAK_IN_LEARNING, TODAY.plusDays(10), Map.of(), NOW);

        assertThat(breakAhead.status(TODAY)).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
        assertThat(breakAhead.status(TODAY.plusDays(9))).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
        assertThat(breakAhead.status(TODAY.plusDays(10))).isEqualTo(ApprenticeStatus.SUSPENDED);
    }

    @Test
    void aChangeIsCheckedAgainstTheWholeTimelineFutureDatedEntriesIncluded() {
        Apprentice leaving = registered.record(CircumstanceType.WITHDRAWAL, TODAY.plusDays(10), Map.of(), NOW);

        assertThat(leaving.status(TODAY)).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
        assertRefused(() -> leaving.record(CircumstanceType.BREAK_IN_LEARNING, TODAY.plusDays(20), Map.of(), NOW),
                RefusalCode.RECORD_CLOSED);
        assertRefused(() -> leaving.changeProgramme(TODAY, programme("ST0457", "1.0", null), NOW),
                RefusalCode.RECORD_CLOSED);
        Apprentice breakFirst = leaving.record(CircumstanceType.BREAK_IN_LEARNING, TODAY.plusDays(5), Map.of(), NOW);
        assertThat(breakFirst.status(TODAY.plusDays(5))).isEqualTo(ApprenticeStatus.SUSPENDED);
        assertThat(breakFirst.status(TODAY.plusDays(10))).isEqualTo(ApprenticeStatus.WITHDRAWN);
    }

    @Test
    void aProgrammeChangeStopsTheOldOnItsEffectiveDateAndStartsTheNew() {
        Apprentice changed = registered.changeProgramme(LocalDate.of(2026, 2, 1),
                programme("ST0457", "1.0", null), NOW);

        assertThat(changed.programmes()).extracting(Programme::standardReference, Programme::status,
                Programme::stopDate).containsExactly(
                tuple("ST0116", ProgrammeStatus.STOPPED, LocalDate.of(2026, 2, 1)),
                tuple("ST0457", ProgrammeStatus.ACTIVE, null));
        assertThat(changed.activeProgramme().standardReference()).isEqualTo("ST0457");
    }

    @Test
    void aClosedRecordTakesCorrectionsButNothingThatWouldReopenIt() {
        Apprentice withdrawn = record(registered, CircumstanceType.WITHDRAWAL);

        assertThat(withdrawn.withTutor(null, NOW).status(TODAY)).isEqualTo(ApprenticeStatus.WITHDRAWN);
        assertThat(withdrawn.withLearner(ADA, NOW).learner()).isEqualTo(ADA);
        assertThat(withdrawn.withProgrammeDates(LocalDate.of(2025, 10, 1), LocalDate.of(2027, 6, 30), NOW)
                .activeProgramme().startDate()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(withdrawn.amendProgramme(programme("ST0116", "1.1", null), NOW).activeProgramme()
                .standardVersion()).isEqualTo("1.1");
        assertThat(record(withdrawn, CircumstanceType.WITHDRAWAL).status(TODAY)).isEqualTo(ApprenticeStatus.WITHDRAWN);
        assertThat(record(withdrawn, CircumstanceType.CHANGE_OF_PROGRAMME).programmes()).hasSize(1);
        assertRefused(() -> record(withdrawn, CircumstanceType.BREAK_IN_LEARNING), RefusalCode.RECORD_CLOSED);
        assertRefused(() -> withdrawn.record(CircumstanceType.RETURN_TO_LEARNING, TODAY,
                Map.of("plannedEndDate", "2027-08-31"), NOW), RefusalCode.RECORD_CLOSED);
        assertRefused(() -> withdrawn.changeProgramme(TODAY, programme("ST0457", "1.0", null), NOW),
                RefusalCode.RECORD_CLOSED);
        assertRefused(() -> withdrawn.confirmGateway(TODAY, TODAY, NOW), RefusalCode.RECORD_CLOSED);
        assertThat(record(withdrawn, CircumstanceType.CANCELLATION).status(TODAY)).isEqualTo(ApprenticeStatus.CANCELLED);
    }

    @Test
    void theTemporaryUlnIsRefusedOnRegistrationAndOnEveryChangeOfDetails() {
        LearnerDetails temporary = new LearnerDetails(new Uln("9999999999"), "Ada", "Lovelace",
                LocalDate.of(2004, 12, 10), Sex.F, 31, null, null, null);

        assertRefused(() -> Apprentice.register(new ApprenticeId(UUID.randomUUID()), new ConnectionId(UUID.randomUUID()),
                new EpaoId("EPA0001"), new Ukprn("10000001"), new Registration(temporary, employer(), null, null,
                        programme("ST0116", "1.0", null), ApprenticeStatus.ON_PROGRAMME), NOW),
                RefusalCode.TEMPORARY_ULN);
        assertRefused(() -> registered.withLearner(temporary, NOW), RefusalCode.TEMPORARY_ULN);
        assertRefused(() -> registered.editedOnPlatform(temporary, NOW), RefusalCode.TEMPORARY_ULN);
    }

    @Test
    void theGatewayLocksTheStandardItsVersionAndOptionButNotTheDates() {
        Apprentice atGateway = registered.confirmGateway(LocalDate.of(2026, 1, 10), TODAY, NOW);

        assertThat(atGateway.gateway()).hasValueSatisfying(gateway -> {
            assertThat(gateway.date()).isEqualTo(LocalDate.of(2026, 1, 10));
            assertThat(gateway.confirmedAt()).isEqualTo(NOW);
        });
        assertRefused(() -> atGateway.amendProgramme(programme("ST0116", "1.1", null), NOW),
                RefusalCode.LOCKED_AFTER_GATEWAY);
        assertRefused(() -> atGateway.amendProgramme(programme("ST0116", "1.0", "Mechatronics"), NOW),
                RefusalCode.LOCKED_AFTER_GATEWAY);
        assertRefused(() -> atGateway.changeProgramme(TODAY, programme("ST0457", "1.0", null), NOW),
                RefusalCode.LOCKED_AFTER_GATEWAY);
        assertRefused(() -> atGateway.record(CircumstanceType.CHANGE_OF_PROGRAMME, TODAY,
                Map.of("programme", Map.of("standardCode", 2, "standardReference", "ST0457", "standardVersion", "1.0")),
                NOW), RefusalCode.LOCKED_AFTER_GATEWAY);
        Programme sameStandardLaterEnd = Programme.active(2, "ST0116", "1.0", null, LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 9, 30));
        assertThat(atGateway.amendProgramme(sameStandardLaterEnd, NOW).activeProgramme().plannedEndDate())
                .isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(atGateway.withProgrammeDates(LocalDate.of(2025, 9, 1), LocalDate.of(2027, 6, 30), NOW)
                .activeProgramme().plannedEndDate()).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void aGatewayBeforeTheProgrammeStartedAndAResultBeforeTheGatewayAreInvalid() {
        assertThatThrownBy(() -> registered.confirmGateway(LocalDate.of(2025, 8, 1), TODAY, NOW))
                .isInstanceOf(InvalidInputException.class);
        Apprentice atGateway = registered.confirmGateway(LocalDate.of(2026, 1, 10), TODAY, NOW);
        assertThatThrownBy(() -> atGateway.recordResult(Grade.PASS, LocalDate.of(2026, 1, 9), TODAY, NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aResultNeedsAConfirmedGateway() {
        assertRefused(() -> registered.recordResult(Grade.PASS, TODAY, TODAY, NOW), RefusalCode.TRANSITION_NOT_ALLOWED);
    }

    @Test
    void aPassCompletesTheRecordAndTheCertificateCertifiesIt() {
        Apprentice passed = registered.confirmGateway(LocalDate.of(2026, 1, 10), TODAY, NOW)
                .recordResult(Grade.MERIT, LocalDate.of(2026, 1, 18), TODAY, NOW);

        assertThat(passed.standing(TODAY)).satisfies(standing -> {
            assertThat(standing.status()).isEqualTo(ApprenticeStatus.COMPLETED);
            assertThat(standing.result()).isEqualTo(new Result(Grade.MERIT, LocalDate.of(2026, 1, 18)));
        });
        Apprentice onAppeal = passed.recordResult(Grade.DISTINCTION, LocalDate.of(2026, 1, 18), TODAY, NOW);
        assertThat(onAppeal.standing(TODAY).result().grade()).isEqualTo(Grade.DISTINCTION);
        assertRefused(() -> record(passed, CircumstanceType.WITHDRAWAL), RefusalCode.RECORD_CLOSED);
        Apprentice certified = passed.certify(TODAY, NOW);
        assertThat(certified.status(TODAY)).isEqualTo(ApprenticeStatus.CERTIFIED);
        assertRefused(() -> certified.certify(TODAY, NOW), RefusalCode.RECORD_CLOSED);
        assertThat(certified.epaoActions()).extracting(EpaoAction::type).containsExactly(
                EpaoActionType.GATEWAY_CONFIRMED, EpaoActionType.RESULT_RECORDED, EpaoActionType.CERTIFIED);
    }

    @Test
    void aFailLeadsToAResitOnTheSameGatewayOrARetakeBackIntoLearning() {
        Apprentice failed = registered.confirmGateway(LocalDate.of(2026, 1, 10), TODAY, NOW)
                .recordResult(Grade.FAIL, LocalDate.of(2026, 1, 18), TODAY, NOW);
        assertThat(failed.status(TODAY)).isEqualTo(ApprenticeStatus.RETAKE_REVIEW);

        assertThat(failed.recordResult(Grade.PASS, TODAY, TODAY, NOW).status(TODAY))
                .isEqualTo(ApprenticeStatus.COMPLETED);

        Apprentice retaking = failed.backIntoLearning("Needs more practice", TODAY, NOW);
        assertThat(retaking.status(TODAY)).isEqualTo(ApprenticeStatus.BACK_INTO_LEARNING);
        assertThat(retaking.gateway()).isEmpty();
        assertThat(retaking.amendProgramme(programme("ST0116", "1.1", null), NOW).activeProgramme()
                .standardVersion()).isEqualTo("1.1");
        assertThat(retaking.confirmGateway(TODAY, TODAY, NOW).status(TODAY)).isEqualTo(ApprenticeStatus.ON_PROGRAMME);
    }

    @Test
    void anEpaoWithdrawalClosesTheRecordYetTheProvidersOwnWithdrawalIsStillAccepted() {
        Apprentice withdrawn = registered.withdrawByEpao("Left the employer", TODAY, NOW);

        assertThat(withdrawn.status(TODAY)).isEqualTo(ApprenticeStatus.WITHDRAWN);
        assertThat(withdrawn.epaoActions()).singleElement()
                .satisfies(action -> assertThat(action.reason()).isEqualTo("Left the employer"));
        assertRefused(() -> withdrawn.record(CircumstanceType.BREAK_IN_LEARNING, TODAY, Map.of(), NOW),
                RefusalCode.RECORD_CLOSED);
        assertThat(withdrawn.record(CircumstanceType.TRANSFER_TO_ANOTHER_EPAO, TODAY, Map.of(), NOW).status(TODAY))
                .isEqualTo(ApprenticeStatus.WITHDRAWN);
        // The EPAO's withdrawal takes effect on the day it is recorded: a break dated before it does not reopen it.
        assertThat(withdrawn.record(CircumstanceType.BREAK_IN_LEARNING, TODAY.minusDays(5), Map.of(), NOW)
                .status(TODAY)).isEqualTo(ApprenticeStatus.WITHDRAWN);
    }

    @Test
    void aBackDatedBreakThatWouldPutTheConfirmedGatewayInsideABreakIsRefused() {
        Apprentice atGateway = registered.confirmGateway(LocalDate.of(2026, 1, 10), TODAY, NOW);

        assertRefused(() -> atGateway.record(CircumstanceType.BREAK_IN_LEARNING, TODAY.minusDays(5), Map.of(), NOW),
                RefusalCode.TRANSITION_NOT_ALLOWED);
        assertThat(atGateway.record(CircumstanceType.BREAK_IN_LEARNING, TODAY, Map.of(), NOW).status(TODAY))
                .isEqualTo(ApprenticeStatus.SUSPENDED);
    }

    private static void assertRefused(ThrowingCallable change, RefusalCode code) {
        assertThatThrownBy(change).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo(code));
    }

    private static Apprentice record(Apprentice apprentice, CircumstanceType type) {
        return apprentice.record(type, LocalDate.of(2026, 1, 15), Map.of(), NOW);
    }

    private static Apprentice registered(ApprenticeStatus status) {
        return Apprentice.register(new ApprenticeId(UUID.randomUUID()), new ConnectionId(UUID.randomUUID()),
                new EpaoId("EPA0001"), new Ukprn("10000001"), new Registration(ADA, employer(), null, null,
                        programme("ST0116", "1.0", null), status), NOW);
    }

    private static Employer employer() {
        return new Employer("Acme", new Address("1 High Street", null, null, "London", "SW1A 1AA"));
    }

    private static Programme programme(String reference, String version, String option) {
        return Programme.active(2, reference, version, option, LocalDate.of(2025, 9, 1), LocalDate.of(2027, 3, 31));
    }
}
