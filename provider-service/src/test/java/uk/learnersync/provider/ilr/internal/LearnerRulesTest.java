package uk.learnersync.provider.ilr.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.learnersync.provider.ilr.IlrRule.Severity;
import uk.learnersync.provider.ilr.ImportError;

class LearnerRulesTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);
    private static final LocalDate PLANNED_END = LocalDate.of(2027, 3, 31);

    @Test
    void aValidApprenticeBreaksNoRule() {
        assertThat(LearnerRules.check(learner("1061487856", "M", 31, "907173756", aim(1, null, null))))
                .isEmpty();
    }

    /** ESFA's sample loads into ESFA's system, yet its T Level learner plans to end each aim before it starts. */
    @Test
    void inEsfasSampleAsfLearnerBreaksUln04AndTLevelTLearnPlanEndDate02() throws Exception {
        List<ImportError> findings = IlrReaderTest.readAll(IlrFiles.sample()).stream()
                .flatMap(learner -> LearnerRules.check(learner).stream())
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
        assertThat(LearnerRules.check(learner("9999999999", "M", 31, null, aim(1, null, null)))).isEmpty();
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
        assertThat(LearnerRules.check(learner("1061487856", "M", 31, "999999999", aim(1, null, null)))).isEmpty();
    }

    @Test
    void CompStatus_01_aCompletionStatusOutsideEsfasListIsAnError() {
        assertThat(rules(aim(4, START.plusMonths(3), null))).contains("CompStatus_01");
    }

    @Test
    void CompStatus_02_continuingWithAnActualEndDateIsAnErrorOutsideStandardProgrammeAims() {
        IlrLearner.Delivery componentAim = new IlrLearner.Delivery("60009901", 3, 2, START, PLANNED_END, 36, 25, 28,
                null, null, 1, START.plusMonths(3), null);

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
                28, null, "EPA0001", 1, null, null);

        assertThat(rules(backwards)).containsExactly("LearnPlanEndDate_02");
    }

    @Test
    void FD_EPAOrgID_AP_anEpaoIdMustBeEpaAndFourDigits() {
        IlrLearner.Delivery badEpao = new IlrLearner.Delivery("ZPROG001", 1, 1, START, PLANNED_END, 36, 25, 28,
                null, "EPA12", 1, null, null);

        assertThat(rules(badEpao)).containsExactly("FD_EPAOrgID_AP");
    }

    private static List<String> rules(IlrLearner.Delivery aim) {
        return LearnerRules.check(learner("1061487856", "M", 31, null, aim)).stream().map(ImportError::rule).toList();
    }

    private static ImportError single(IlrLearner learner) {
        List<ImportError> findings = LearnerRules.check(learner);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    static IlrLearner.Delivery aim(int compStatus, LocalDate actualEnd, Integer withdrawReason) {
        return new IlrLearner.Delivery("ZPROG001", 1, 1, START, PLANNED_END, 36, 25, 28, "CV1 2WT", "EPA0001",
                compStatus, actualEnd, withdrawReason);
    }

    static IlrLearner learner(String uln, String sex, int ethnicity, String empId, IlrLearner.Delivery aim) {
        List<IlrLearner.Employment> employments = empId == null ? List.of()
                : List.of(new IlrLearner.Employment(10, START.minusMonths(1), empId));
        return new IlrLearner("A1", uln, "Lovelace", "Ada", LocalDate.of(2004, 12, 10), ethnicity, sex, "LS1 4AP",
                List.of(), "ada@learner.test", employments, List.of(aim));
    }
}
