package uk.learnersync.provider.ilr.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.ilr.IlrRule.Severity;
import uk.learnersync.provider.ilr.IlrYear;
import uk.learnersync.provider.ilr.ImportError;

class LearnerRulesTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);
    private static final LocalDate PLANNED_END = LocalDate.of(2027, 3, 31);

    @Test
    void aValidApprenticeBreaksNoRule() {
        assertThat(check(learner("1061487856", "M", 31, "907173756", aim(1, null, null))))
                .isEmpty();
    }

    /** ESFA's sample loads into ESFA's system, yet its T Level learner plans to end each aim before it starts. */
    @Test
    void inEsfasSampleAsfLearnerBreaksUln04AndTLevelTLearnPlanEndDate02() throws Exception {
        List<ImportError> findings = IlrReaderTest.readAll(IlrFiles.sample()).stream()
                .flatMap(learner -> LearnerRules.check(learner, IlrYear.Y2526).stream())
                .toList();

        assertThat(findings).extracting(ImportError::learnRefNumber, ImportError::rule).containsExactly(
                tuple("TLevelT", "LearnPlanEndDate_02"), tuple("TLevelT", "LearnPlanEndDate_02"),
                tuple("TLevelT", "LearnPlanEndDate_02"), tuple("TLevelT", "LearnPlanEndDate_02"),
                tuple("ASFLearner", "ULN_04"));
    }

    @Test
    void ULN_04_aUlnWithAWrongCheckDigitIsAnError() {
        ImportError finding = single(learner("1061484935", "M", 31, null, aim(1, null, null)));

        assertThat(finding.rule()).isEqualTo("ULN_04");
        assertThat(finding.severity()).isEqualTo(Severity.E);
        assertThat(finding.message())
                .isEqualTo("The Unique learner number does not pass the checksum calculation (ULN 1061484935)");
        assertThat(finding.uln()).isEqualTo("1061484935");
    }

    @Test
    void ULN_04_esfasTemporaryUlnIsExempt() {
        assertThat(check(learner("9999999999", "M", 31, null, aim(1, null, null)))).isEmpty();
    }

    @Test
    void Sex_01_aSexOutsideEsfasListIsAnError() {
        assertThat(single(learner("1061487856", "X", 31, null, aim(1, null, null))).rule()).isEqualTo("Sex_01");
    }

    @Test
    void Ethnicity_01_anEthnicityOutsideEsfasListIsAnError() {
        assertThat(single(learner("1061487856", "M", 30, null, aim(1, null, null))).rule()).isEqualTo("Ethnicity_01");
    }

    @Test
    void EmpId_02_anEmployerIdWithAWrongCheckDigitIsAnError() {
        assertThat(single(learner("1061487856", "M", 31, "907173757", aim(1, null, null))).rule())
                .isEqualTo("EmpId_02");
    }

    @Test
    void EmpId_02_theDefaultEmployerIdIsAccepted() {
        assertThat(check(learner("1061487856", "M", 31, "999999999", aim(1, null, null)))).isEmpty();
    }

    @Test
    void CompStatus_01_aCompletionStatusOutsideEsfasListIsAnError() {
        assertThat(rules(aim(4, START.plusMonths(3), null))).contains("CompStatus_01");
    }

    @Test
    void CompStatus_02_continuingWithAnActualEndDateIsAnErrorOutsideStandardProgrammeAims() {
        IlrLearner.Delivery componentAim = new IlrLearner.Delivery("60009901", 3, 2, START, PLANNED_END, 36, 25, 28,
                null, null, 1, START.plusMonths(3), null, false, List.of(), List.of());

        assertThat(rules(componentAim)).containsExactly("CompStatus_02");
        assertThat(rules(aim(1, START.plusMonths(3), null))).isEmpty();
    }

    @Test
    void CompStatus_03_aStatusOtherThanContinuingNeedsAnActualEndDate() {
        assertThat(rules(aim(6, null, null))).containsExactly("CompStatus_03");
        assertThat(rules(aim(6, START.plusMonths(3), null))).isEmpty();
    }

    @Test
    void WithdrawReason_02_aWithdrawalReasonOutsideEsfasListIsAnError() {
        assertThat(rules(aim(3, START.plusMonths(3), 99))).containsExactly("WithdrawReason_02");
    }

    @Test
    void WithdrawReason_03_aWithdrawnLearnerNeedsAWithdrawalReason() {
        assertThat(rules(aim(3, START.plusMonths(3), null))).containsExactly("WithdrawReason_03");
        assertThat(rules(aim(3, START.plusMonths(3), 40))).isEmpty();
    }

    @Test
    void WithdrawReason_04_aWithdrawalReasonOnlyComesWithWithdrawn() {
        assertThat(rules(aim(2, START.plusMonths(3), 40))).containsExactly("WithdrawReason_04");
        assertThat(rules(aim(1, null, 97))).containsExactly("WithdrawReason_04");
    }

    @Test
    void LearnPlanEndDate_02_thePlannedEndDateMustNotBeBeforeTheStart() {
        IlrLearner.Delivery backwards = new IlrLearner.Delivery("ZPROG001", 1, 1, START, START.minusDays(1), 36, 25,
                28, null, "EPA0001", 1, null, null, false, HOURS, List.of());

        assertThat(rules(backwards)).containsExactly("LearnPlanEndDate_02");
    }

    @Test
    void FD_EPAOrgID_AP_anEpaoIdMustBeEpaAndFourDigits() {
        IlrLearner.Delivery badEpao = epao("EPA12");

        assertThat(rules(badEpao)).containsExactly("FD_EPAOrgID_AP");
        assertThat(rules(epao("10022712"))).containsExactly("FD_EPAOrgID_AP");
    }

    /** 2026/27: the assessment organisation ID may be the organisation's UKPRN (DfE publishes no pattern: INFERRED). */
    @Test
    void FD_EPAOrgID_AP_from2026_27AnAssessmentOrganisationsUkprnIsAllowed() {
        assertThat(rules2627(epao("10022712"))).isEmpty();
        assertThat(rules2627(epao("EPA0001"))).isEmpty();
        assertThat(rules2627(epao("0002271"))).containsExactly("FD_EPAOrgID_AP");
    }

    @Test
    void PHours_01_andHRSType_01_anApprenticeshipProgrammeAimNeedsItsPlannedOffTheJobHours() {
        IlrLearner.Delivery noHours = aim(1, null, null, List.of());

        assertThat(rules(noHours)).containsExactly("PHours_01");
        assertThat(rules2627(noHours)).containsExactly("HRSType_01");
    }

    @Test
    void PHours_08_andHRSAmount_03_atLeast187PlannedHoursForStartsFromAugust2025ButNotForARestart() {
        IlrLearner.Delivery few = aim(1, null, null, List.of(new IlrLearner.Hours(1, 186)));

        assertThat(rules(few)).containsExactly("PHours_08");
        assertThat(rules2627(few)).containsExactly("HRSAmount_03");
        assertThat(rules2627(restart(few))).isEmpty();
    }

    @Test
    void OTJActHours_03_andHRSType_09_aWithdrawnApprenticeNeedsItsActualHours() {
        IlrLearner.Delivery withdrawn = aim(3, START.plusMonths(3), 40, List.of(new IlrLearner.Hours(1, 300)));

        assertThat(rules(withdrawn)).containsExactly("OTJActHours_03");
        assertThat(rules2627(withdrawn)).containsExactly("HRSType_09");
    }

    @Test
    void HRSType_08_aCompletedApprenticeNeedsItsActualHours() {
        assertThat(rules2627(aim(2, START.plusMonths(3), null, List.of(new IlrLearner.Hours(1, 300)))))
                .containsExactly("HRSType_08");
    }

    @Test
    void HRSType_13_14_18_hoursCodesBelongToTheirFundingAndComeOncePerAim() {
        assertThat(rules2627(aim(1, null, null, List.of(new IlrLearner.Hours(1, 300), new IlrLearner.Hours(2, 5)))))
                .containsExactly("HRSType_14");
        assertThat(rules2627(aim(1, null, null, List.of(new IlrLearner.Hours(1, 300), new IlrLearner.Hours(1, 300)))))
                .containsExactly("HRSType_18");
        IlrLearner.Delivery adultSkills = new IlrLearner.Delivery("60009901", 4, 1, START, PLANNED_END, 35, null, null,
                null, null, 1, null, null, false, List.of(new IlrLearner.Hours(3, 10)), List.of());
        assertThat(rules2627(adultSkills)).containsExactlyInAnyOrder("HRSType_13", "HRSType_07");
    }

    /** HRS 4 and AppFinRecord RIP 1 go together (R_161, R_162), RIP 1 from £5 to £18,000 (AFinType_15, _16). */
    @Test
    void R_161_R_162_AFinType_15_16_priorLearningHoursComeWithTheirPriceReduction() {
        List<IlrLearner.Hours> withHrs4 = List.of(new IlrLearner.Hours(1, 300), new IlrLearner.Hours(4, 40));
        IlrLearner.Finance rip = new IlrLearner.Finance("RIP", 1, START, 900);

        assertThat(rules2627(aim(1, null, null, withHrs4))).containsExactly("R_161");
        assertThat(rules2627(finances(aim(1, null, null, HOURS), rip))).containsExactly("R_162");
        assertThat(rules2627(finances(aim(1, null, null, withHrs4), rip))).isEmpty();
        assertThat(rules2627(finances(aim(1, null, null, withHrs4), new IlrLearner.Finance("RIP", 1, START, 18_001))))
                .containsExactly("AFinType_15");
        assertThat(rules2627(finances(aim(1, null, null, withHrs4), new IlrLearner.Finance("RIP", 1, START, 4))))
                .containsExactly("AFinType_16");
    }

    @Test
    void anApprenticeshipUnitWithItsComponentAimAgreementAndEmploymentBreaksNoRule() {
        assertThat(check(unitLearner(UNIT_START.minusDays(1), "A123456", 10, unitAims(UNIT_START.plusWeeks(12))),
                IlrYear.Y2627)).isEmpty();
    }

    @Test
    void AgreemId_01_anApprenticeshipUnitNeedsAnAgreementAtItsStart() {
        assertThat(unitRules(unitLearner(UNIT_START.minusDays(1), null, 10, unitAims(UNIT_START.plusWeeks(12)))))
                .containsExactly("AgreemId_01");
        assertThat(unitRules(unitLearner(UNIT_START.plusDays(1), "A123456", 10, unitAims(UNIT_START.plusWeeks(12)))))
                .contains("AgreemId_01");
    }

    @Test
    void EmpStat_24_LearnPlanEndDate_04_anApprenticeshipUnitIsForEmployeesAndAtMostSixteenWeeks() {
        assertThat(unitRules(unitLearner(UNIT_START.minusDays(1), "A123456", 11, unitAims(UNIT_START.plusWeeks(12)))))
                .containsExactly("EmpStat_24");
        assertThat(unitRules(unitLearner(UNIT_START.minusDays(1), "A123456", 10, unitAims(UNIT_START.plusWeeks(17)))))
                .containsExactly("LearnPlanEndDate_04");
    }

    @Test
    void R_159_R_160_AimType_10_anApprenticeshipUnitHasExactlyOneComponentAimOfTheSameDates() {
        List<IlrLearner.Delivery> aims = unitAims(UNIT_START.plusWeeks(12));
        assertThat(unitRules(unitLearner(UNIT_START.minusDays(1), "A123456", 10, List.of(aims.get(0)))))
                .containsExactly("R_160");
        assertThat(unitRules(unitLearner(UNIT_START.minusDays(1), "A123456", 10, List.of(aims.get(1)))))
                .containsExactly("R_159");
        assertThat(unitRules(unitLearner(UNIT_START.minusDays(1), "A123456", 10,
                List.of(aims.get(0), aims.get(1), aims.get(1))))).containsExactly("AimType_10");
    }

    @Test
    void FundModel_22_ProgType_25_CompStatus_11_fundModel39AndProgType34GoTogetherWithoutBreaks() {
        IlrLearner.Delivery fm39Standard = new IlrLearner.Delivery("ZPROG001", 1, 1, START, PLANNED_END, 39, 25, 28,
                null, null, 1, null, null, false, List.of(), List.of());
        IlrLearner.Delivery unitOnBreak = new IlrLearner.Delivery("ZSC00001", 3, 2, START, START.plusWeeks(10), 39, 34,
                null, null, null, 6, START.plusWeeks(2), null, false, List.of(), List.of());
        IlrLearner.Delivery pt34Fm36 = new IlrLearner.Delivery("ZSC00001", 3, 2, START, START.plusWeeks(10), 36, 34,
                null, null, null, 1, null, null, false, List.of(), List.of());

        assertThat(rules2627(fm39Standard)).containsExactly("FundModel_22");
        assertThat(rules2627(unitOnBreak)).contains("CompStatus_11");
        assertThat(rules2627(pt34Fm36)).contains("ProgType_25");
    }

    @Test
    void DateOfBirth_61_ULN_13_anApprenticeshipUnitIsForLearnersOf19AndOverWithARealUln() {
        IlrLearner young = new IlrLearner("U1", "9999999999", "Lovelace", "Ada", UNIT_START.minusYears(18), 31, "F",
                "LS1 4AP", List.of(), "ada@learner.test", List.of(new IlrLearner.Employment(10,
                UNIT_START.minusDays(1), null, "A123456")), unitAims(UNIT_START.plusWeeks(12)));

        assertThat(unitRules(young)).containsExactly("DateOfBirth_61", "ULN_13");
    }

    @Test
    void theYearDecidesWhichRulesApply() {
        assertThat(check(unitLearner(UNIT_START.minusDays(1), null, 11, unitAims(UNIT_START.plusWeeks(20))),
                IlrYear.Y2526)).isEmpty();
    }

    private static List<String> rules(IlrLearner.Delivery aim) {
        return check(learner("1061487856", "M", 31, null, aim)).stream().map(ImportError::rule).toList();
    }

    private static List<String> rules2627(IlrLearner.Delivery aim) {
        return check(learner("1061487856", "M", 31, null, aim), IlrYear.Y2627).stream().map(ImportError::rule).toList();
    }

    private static List<String> unitRules(IlrLearner learner) {
        return check(learner, IlrYear.Y2627).stream().map(ImportError::rule).toList();
    }

    /** The 2025/26 rules, which LearnerSync applied before 2026/27 came. */
    private static List<ImportError> check(IlrLearner learner) {
        return LearnerRules.check(learner, IlrYear.Y2526);
    }

    private static List<ImportError> check(IlrLearner learner, IlrYear year) {
        return LearnerRules.check(learner, year);
    }

    private static ImportError single(IlrLearner learner) {
        List<ImportError> findings = check(learner);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    /** Planned 300 and actual 200 off-the-job hours: what an apprenticeship's programme aim returns. */
    private static final List<IlrLearner.Hours> HOURS = List.of(new IlrLearner.Hours(1, 300), new IlrLearner.Hours(3, 200));
    private static final LocalDate UNIT_START = LocalDate.of(2026, 9, 1);

    static IlrLearner.Delivery aim(int compStatus, LocalDate actualEnd, Integer withdrawReason) {
        return aim(compStatus, actualEnd, withdrawReason, HOURS);
    }

    static IlrLearner.Delivery aim(int compStatus, LocalDate actualEnd, Integer withdrawReason,
                                   List<IlrLearner.Hours> hours) {
        return new IlrLearner.Delivery("ZPROG001", 1, 1, START, PLANNED_END, 36, 25, 28, "CV1 2WT", "EPA0001",
                compStatus, actualEnd, withdrawReason, false, hours, List.of());
    }

    private static IlrLearner.Delivery epao(String epaOrgId) {
        return new IlrLearner.Delivery("ZPROG001", 1, 1, START, PLANNED_END, 36, 25, 28, null, epaOrgId, 1, null,
                null, false, HOURS, List.of());
    }

    private static IlrLearner.Delivery restart(IlrLearner.Delivery aim) {
        return new IlrLearner.Delivery(aim.learnAimRef(), aim.aimType(), aim.aimSeqNumber(), aim.learnStartDate(),
                aim.learnPlanEndDate(), aim.fundModel(), aim.progType(), aim.stdCode(), aim.delLocPostCode(),
                aim.epaOrgId(), aim.compStatus(), aim.learnActEndDate(), aim.withdrawReason(), true, aim.hours(),
                aim.finances());
    }

    private static IlrLearner.Delivery finances(IlrLearner.Delivery aim, IlrLearner.Finance finance) {
        return new IlrLearner.Delivery(aim.learnAimRef(), aim.aimType(), aim.aimSeqNumber(), aim.learnStartDate(),
                aim.learnPlanEndDate(), aim.fundModel(), aim.progType(), aim.stdCode(), aim.delLocPostCode(),
                aim.epaOrgId(), aim.compStatus(), aim.learnActEndDate(), aim.withdrawReason(), aim.restart(),
                aim.hours(), List.of(finance));
    }

    /** An apprenticeship unit's programme aim and its component aim, as DfE's sample codes them. */
    private static List<IlrLearner.Delivery> unitAims(LocalDate plannedEnd) {
        return List.of(new IlrLearner.Delivery("ZPROG001", 1, 1, UNIT_START, plannedEnd, 39, 34, null, "CV1 2WT", null,
                        1, null, null, false, List.of(), List.of()),
                new IlrLearner.Delivery("ZSC00001", 3, 2, UNIT_START, plannedEnd, 39, 34, null, "CV1 2WT", null, 1,
                        null, null, false, List.of(), List.of()));
    }

    private static IlrLearner unitLearner(LocalDate employedFrom, String agreemId, int empStat,
                                          List<IlrLearner.Delivery> aims) {
        return new IlrLearner("U1", "1061487856", "Lovelace", "Ada", LocalDate.of(2004, 12, 10), 31, "F", "LS1 4AP",
                List.of(), "ada@learner.test", List.of(new IlrLearner.Employment(empStat, employedFrom, null, agreemId)),
                aims);
    }

    static IlrLearner learner(String uln, String sex, int ethnicity, String empId, IlrLearner.Delivery aim) {
        List<IlrLearner.Employment> employments = empId == null ? List.of()
                : List.of(new IlrLearner.Employment(10, START.minusMonths(1), empId, null));
        return new IlrLearner("A1", uln, "Lovelace", "Ada", LocalDate.of(2004, 12, 10), ethnicity, sex, "LS1 4AP",
                List.of(), "ada@learner.test", employments, List.of(aim));
    }
}
