package uk.learnersync.provider.ilr.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import uk.learnersync.provider.employers.EmpId;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.ilr.IlrRule;
import uk.learnersync.provider.ilr.ImportError;
import uk.learnersync.provider.learners.Ethnicity;
import uk.learnersync.provider.learners.Sex;
import uk.learnersync.provider.learners.Uln;
import uk.learnersync.validation.InvalidValueException;

/**
 * The ESFA rules of {@link IlrRule} that need nothing but the learner's own record, applied as ESFA
 * defines them in the 2025-26 validation rules (EPAOrgID_01 needs the register: the importer applies it).
 */
final class LearnerRules {

    /** ILR_CompStatus: continuing, completed, withdrawn, break in learning. */
    static final Set<Integer> COMP_STATUSES = Set.of(1, 2, 3, 6);
    static final int CONTINUING = 1;
    static final int WITHDRAWN = 3;

    /** ILR_WithdrawReason. */
    static final Set<Integer> WITHDRAW_REASONS = Set.of(2, 3, 7, 28, 29, 40, 41, 42, 43, 44, 45, 46, 47, 48, 97, 98);

    private LearnerRules() {
    }

    static List<ImportError> check(IlrLearner learner) {
        Findings findings = new Findings(learner);
        String uln = learner.uln();
        if (!uln.equals(Uln.TEMPORARY) && !Uln.hasValidCheckDigit(uln)) {
            findings.add(IlrRule.ULN_04, "ULN " + uln);
        }
        if (!valid(() -> Sex.of(learner.sex()))) {
            findings.add(IlrRule.SEX_01, "Sex " + learner.sex());
        }
        if (!valid(() -> Ethnicity.of(learner.ethnicity()))) {
            findings.add(IlrRule.ETHNICITY_01, "Ethnicity " + learner.ethnicity());
        }
        for (IlrLearner.Employment employment : learner.employments()) {
            if (employment.empId() != null && !valid(() -> EmpId.of(employment.empId()))) {
                findings.add(IlrRule.EMP_ID_02, "EmpId " + employment.empId());
            }
        }
        learner.deliveries().forEach(delivery -> checkDelivery(findings, delivery));
        return findings.list;
    }

    private static void checkDelivery(Findings findings, IlrLearner.Delivery aim) {
        String label = aim.label();
        int compStatus = aim.compStatus();
        if (!COMP_STATUSES.contains(compStatus)) {
            findings.add(IlrRule.COMP_STATUS_01, label + ": CompStatus " + compStatus);
        }
        if (aim.learnActEndDate() != null && compStatus == CONTINUING && !isStandardProgrammeAimExempt(aim)) {
            findings.add(IlrRule.COMP_STATUS_02, label + ": CompStatus 1 with LearnActEndDate " + aim.learnActEndDate());
        }
        if (aim.learnActEndDate() == null && compStatus != CONTINUING) {
            findings.add(IlrRule.COMP_STATUS_03, label + ": CompStatus " + compStatus + " without LearnActEndDate");
        }
        Integer reason = aim.withdrawReason();
        if (reason != null && !WITHDRAW_REASONS.contains(reason)) {
            findings.add(IlrRule.WITHDRAW_REASON_02, label + ": WithdrawReason " + reason);
        }
        if (reason == null && compStatus == WITHDRAWN) {
            findings.add(IlrRule.WITHDRAW_REASON_03, label + ": CompStatus 3 without WithdrawReason");
        }
        if (reason != null && compStatus != WITHDRAWN && COMP_STATUSES.contains(compStatus)) {
            findings.add(IlrRule.WITHDRAW_REASON_04, label + ": CompStatus " + compStatus + " with WithdrawReason " + reason);
        }
        if (aim.learnPlanEndDate().isBefore(aim.learnStartDate())) {
            findings.add(IlrRule.LEARN_PLAN_END_DATE_02, label + ": LearnPlanEndDate " + aim.learnPlanEndDate()
                    + " before LearnStartDate " + aim.learnStartDate());
        }
        if (aim.epaOrgId() != null && !valid(() -> new EpaoId(aim.epaOrgId()))) {
            findings.add(IlrRule.EPA_ORG_ID_PATTERN, label + ": EPAOrgID " + aim.epaOrgId()
                    + " is not EPA followed by 4 digits");
        }
    }

    /** CompStatus_02 is not triggered by apprenticeship standard programme aims (FundModel 36 or 99). */
    private static boolean isStandardProgrammeAimExempt(IlrLearner.Delivery aim) {
        return aim.isApprenticeshipProgrammeAim() && (aim.fundModel() == IlrLearner.Delivery.APPRENTICESHIPS_FUNDING
                || aim.fundModel() == IlrLearner.Delivery.NOT_FUNDED);
    }

    private static boolean valid(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static final class Findings {

        private final IlrLearner learner;
        private final List<ImportError> list = new ArrayList<>();

        Findings(IlrLearner learner) {
            this.learner = learner;
        }

        void add(IlrRule rule, String detail) {
            list.add(ImportError.of(learner.learnRefNumber(), learner.uln(), rule, detail));
        }
    }
}
