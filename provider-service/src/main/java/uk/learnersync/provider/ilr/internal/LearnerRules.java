package uk.learnersync.provider.ilr.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import uk.learnersync.provider.employers.EmpId;
import uk.learnersync.provider.ilr.IlrRule;
import uk.learnersync.provider.ilr.IlrYear;
import uk.learnersync.provider.ilr.ImportError;
import uk.learnersync.provider.learners.Ethnicity;
import uk.learnersync.provider.learners.Sex;
import uk.learnersync.provider.learners.Uln;
import uk.learnersync.validation.InvalidValueException;

/**
 * The rules of {@link IlrRule} that need nothing but the learner's own record, applied as DfE defines
 * them for the file's year (EPAOrgID_01 needs the register: the importer applies it).
 */
final class LearnerRules {

    /** ILR_CompStatus: continuing, completed, withdrawn, break in learning. */
    static final Set<Integer> COMP_STATUSES = Set.of(1, 2, 3, 6);
    static final int CONTINUING = 1;
    static final int COMPLETED = 2;
    static final int WITHDRAWN = 3;
    static final int BREAK_IN_LEARNING = 6;

    /** ILR_WithdrawReason. */
    static final Set<Integer> WITHDRAW_REASONS = Set.of(2, 3, 7, 28, 29, 40, 41, 42, 43, 44, 45, 46, 47, 48, 97, 98);

    /** Up to 2025/26 the register's ID only; from 2026/27 also the organisation's UKPRN. */
    private static final Pattern EPA_ORG_ID_2526 = Pattern.compile("EPA[0-9]{4}");
    private static final Pattern EPA_ORG_ID_2627 = Pattern.compile("EPA[0-9]{4}|[1-9][0-9]{7}");

    /** Off-the-job hours are returned for starts from 1 August 2019, on withdrawal for starts from 1 August 2022. */
    private static final LocalDate HOURS_FROM = LocalDate.of(2019, 8, 1);
    private static final LocalDate WITHDRAWN_HOURS_FROM = LocalDate.of(2022, 8, 1);
    /** At least 278 planned hours for starts 1 August 2022 to 31 July 2025, at least 187 from 1 August 2025. */
    private static final LocalDate MINIMUM_278_FROM = LocalDate.of(2022, 8, 1);
    private static final LocalDate MINIMUM_187_FROM = LocalDate.of(2025, 8, 1);
    private static final int MINIMUM_278 = 278;
    private static final int MINIMUM_187 = 187;
    /** AFinType_15 and _16: a prior-learning price reduction is £5 to £18,000. */
    private static final int MAX_PRICE_REDUCTION = 18_000;
    private static final int MIN_PRICE_REDUCTION = 5;
    /** An apprenticeship unit plans to end within 16 weeks and takes learners of 19 or over. */
    private static final int UNIT_WEEKS = 16;
    private static final int UNIT_MINIMUM_AGE = 19;
    private static final int IN_PAID_EMPLOYMENT = 10;

    private LearnerRules() {
    }

    static List<ImportError> check(IlrLearner learner, IlrYear year) {
        Findings findings = new Findings(learner, year);
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
                findings.add(IlrRule.EMP_ID_02_2627, "EmpId " + employment.empId());
            }
        }
        for (IlrLearner.Delivery aim : learner.deliveries()) {
            checkDelivery(findings, aim, year);
            checkHours(findings, aim);
            if (aim.isUnitProgrammeAim()) {
                checkUnit(findings, learner, aim);
            }
        }
        checkUnitComponents(findings, learner);
        return findings.list;
    }

    private static void checkDelivery(Findings findings, IlrLearner.Delivery aim, IlrYear year) {
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
        Pattern epaOrgId = year.holds2627Additions() ? EPA_ORG_ID_2627 : EPA_ORG_ID_2526;
        if (aim.epaOrgId() != null && !epaOrgId.matcher(aim.epaOrgId()).matches()) {
            findings.add(IlrRule.EPA_ORG_ID_PATTERN, label + ": EPAOrgID " + aim.epaOrgId() + " is not "
                    + (year.holds2627Additions() ? "EPA followed by 4 digits, nor an 8-digit UKPRN"
                    : "EPA followed by 4 digits"));
        }
        if (aim.fundModel() == IlrLearner.Delivery.SHORT_COURSES_FUNDING && !aim.isUnit()) {
            findings.add(IlrRule.FUND_MODEL_22, label + ": FundModel 39 with ProgType " + aim.progType());
        }
        if (aim.isUnit() && aim.fundModel() != IlrLearner.Delivery.SHORT_COURSES_FUNDING) {
            findings.add(IlrRule.PROG_TYPE_25, label + ": ProgType 34 with FundModel " + aim.fundModel());
        }
        if (aim.isUnit() && compStatus == BREAK_IN_LEARNING) {
            findings.add(IlrRule.COMP_STATUS_11, label + ": CompStatus 6 on ProgType 34");
        }
    }

    /**
     * The off-the-job hours of an apprenticeship (FundModel 36): PHours and OTJActHours up to 2025/26,
     * HRS 1, 3 and 4 from 2026/27, where the same checks carry DfE's new names.
     */
    private static void checkHours(Findings findings, IlrLearner.Delivery aim) {
        String label = aim.label();
        boolean apprenticeship = aim.fundModel() == IlrLearner.Delivery.APPRENTICESHIPS_FUNDING;
        boolean programmeAim = aim.aimType() == IlrLearner.Delivery.PROGRAMME_AIM;
        LocalDate start = aim.learnStartDate();
        Optional<Integer> planned = aim.hours(HrsCode.PLANNED_OFF_THE_JOB);
        Optional<Integer> actual = aim.hours(HrsCode.ACTUAL_OFF_THE_JOB);
        if (apprenticeship && programmeAim && !start.isBefore(HOURS_FROM) && planned.isEmpty()) {
            findings.add(IlrRule.P_HOURS_01, IlrRule.HRS_TYPE_01, label + ": no planned off-the-job hours");
        }
        if (apprenticeship && !aim.restart() && planned.isPresent()) {
            if (!start.isBefore(MINIMUM_278_FROM) && start.isBefore(MINIMUM_187_FROM) && planned.get() < MINIMUM_278) {
                findings.add(IlrRule.P_HOURS_06, IlrRule.HRS_AMOUNT_02, label + ": " + planned.get()
                        + " planned hours for a start on " + start);
            }
            if (!start.isBefore(MINIMUM_187_FROM) && planned.get() < MINIMUM_187) {
                findings.add(IlrRule.P_HOURS_08, IlrRule.HRS_AMOUNT_03, label + ": " + planned.get()
                        + " planned hours for a start on " + start);
            }
        }
        if (actual.isPresent() && !programmeAim) {
            findings.add(IlrRule.OTJ_ACT_HOURS_01, IlrRule.HRS_TYPE_07, label + ": actual hours on AimType "
                    + aim.aimType());
        }
        if (apprenticeship && programmeAim && actual.isEmpty()) {
            // 2025/26 spares restarts from OTJActHours_02; DfE's summary of HRSType_08 names no exclusion.
            if (aim.compStatus() == COMPLETED && !start.isBefore(HOURS_FROM)) {
                findings.add(aim.restart() ? null : IlrRule.OTJ_ACT_HOURS_02, IlrRule.HRS_TYPE_08,
                        label + ": completed without actual off-the-job hours");
            }
            if (aim.compStatus() == WITHDRAWN && !start.isBefore(WITHDRAWN_HOURS_FROM)) {
                findings.add(IlrRule.OTJ_ACT_HOURS_03, IlrRule.HRS_TYPE_09, label
                        + ": withdrawn without actual off-the-job hours");
            }
        }
        Set<Integer> codes = new HashSet<>();
        for (IlrLearner.Hours hours : aim.hours()) {
            if (!codes.add(hours.code())) {
                findings.add(IlrRule.HRS_TYPE_18, label + ": HRS " + hours.code() + " more than once");
            }
            boolean apprenticeshipCode = hours.is(HrsCode.PLANNED_OFF_THE_JOB) || hours.is(HrsCode.ACTUAL_OFF_THE_JOB)
                    || hours.is(HrsCode.PRIOR_LEARNING_REDUCTION);
            if (apprenticeshipCode && !apprenticeship) {
                findings.add(IlrRule.HRS_TYPE_13, label + ": HRS " + hours.code() + " with FundModel " + aim.fundModel());
            }
            if (!apprenticeshipCode && apprenticeship) {
                findings.add(IlrRule.HRS_TYPE_14, label + ": HRS " + hours.code() + " with FundModel 36");
            }
        }
        Optional<IlrLearner.Finance> reduction = aim.priorLearningReduction();
        if (aim.hours(HrsCode.PRIOR_LEARNING_REDUCTION).isPresent() && reduction.isEmpty()) {
            findings.add(IlrRule.R_161, label + ": HRS 4 without AppFinRecord RIP 1");
        }
        if (reduction.isPresent() && aim.hours(HrsCode.PRIOR_LEARNING_REDUCTION).isEmpty()) {
            findings.add(IlrRule.R_162, label + ": AppFinRecord RIP 1 without HRS 4");
        }
        reduction.filter(rip -> rip.amount() > MAX_PRICE_REDUCTION).ifPresent(rip ->
                findings.add(IlrRule.AFIN_TYPE_15, label + ": RIP 1 of £" + rip.amount()));
        reduction.filter(rip -> rip.amount() < MIN_PRICE_REDUCTION).ifPresent(rip ->
                findings.add(IlrRule.AFIN_TYPE_16, label + ": RIP 1 of £" + rip.amount()));
    }

    /** An apprenticeship unit's programme aim (2026/27: FundModel 39, ProgType 34); restarts spared as DfE spares them. */
    private static void checkUnit(Findings findings, IlrLearner learner, IlrLearner.Delivery aim) {
        String label = aim.label();
        LocalDate start = aim.learnStartDate();
        if (aim.learnPlanEndDate().isAfter(start.plusWeeks(UNIT_WEEKS))) {
            findings.add(IlrRule.LEARN_PLAN_END_DATE_04, label + ": LearnPlanEndDate " + aim.learnPlanEndDate()
                    + " more than 16 weeks after LearnStartDate " + start);
        }
        if (learner.dateOfBirth() != null && learner.dateOfBirth().plusYears(UNIT_MINIMUM_AGE).isAfter(start)) {
            findings.add(IlrRule.DATE_OF_BIRTH_61, label + ": born " + learner.dateOfBirth() + ", start " + start);
        }
        if (learner.uln().equals(Uln.TEMPORARY)) {
            findings.add(IlrRule.ULN_13, label + ": ULN " + Uln.TEMPORARY);
        }
        Optional<IlrLearner.Employment> atStart = learner.employments().stream()
                .filter(employment -> !employment.dateEmpStatApp().isAfter(start))
                .reduce((first, second) -> second.dateEmpStatApp().isBefore(first.dateEmpStatApp()) ? first : second);
        if (atStart.map(IlrLearner.Employment::empStat).filter(empStat -> empStat == IN_PAID_EMPLOYMENT).isEmpty()) {
            findings.add(IlrRule.EMP_STAT_24, label + ": no EmpStat 10 applying at the start " + start);
        }
        boolean agreement = learner.employments().stream().anyMatch(employment -> employment.agreemId() != null
                && !employment.dateEmpStatApp().isAfter(start));
        if (!aim.restart() && !agreement) {
            findings.add(IlrRule.AGREEM_ID_01, label + ": no employment status with an AgreemId applying on or before "
                    + "the start " + start);
        }
    }

    /** R_159, R_160 and AimType_10: a unit's programme aim and its one component aim go together, dates and all. */
    private static void checkUnitComponents(Findings findings, IlrLearner learner) {
        List<IlrLearner.Delivery> programmes = learner.deliveries().stream()
                .filter(IlrLearner.Delivery::isUnitProgrammeAim).toList();
        List<IlrLearner.Delivery> components = learner.deliveries().stream()
                .filter(aim -> aim.isUnit() && aim.aimType() == IlrLearner.Delivery.COMPONENT_AIM).toList();
        for (IlrLearner.Delivery programme : programmes) {
            long matching = components.stream().filter(component -> sameUnit(programme, component)).count();
            if (matching == 0) {
                findings.add(IlrRule.R_160, programme.label() + ": no component aim of the same unit and dates");
            }
            if (matching > 1) {
                findings.add(IlrRule.AIM_TYPE_10, programme.label() + ": " + matching + " component aims");
            }
        }
        for (IlrLearner.Delivery component : components) {
            if (programmes.stream().noneMatch(programme -> sameUnit(programme, component))) {
                findings.add(IlrRule.R_159, component.label() + ": no programme aim of the same unit and dates");
            }
        }
    }

    private static boolean sameUnit(IlrLearner.Delivery programme, IlrLearner.Delivery component) {
        return programme.fundModel() == component.fundModel()
                && Objects.equals(programme.progType(), component.progType())
                && programme.learnStartDate().equals(component.learnStartDate())
                && programme.learnPlanEndDate().equals(component.learnPlanEndDate())
                && Objects.equals(programme.learnActEndDate(), component.learnActEndDate());
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

    /** What one learner breaks, each rule reported only for the file's year. */
    private static final class Findings {

        private final IlrLearner learner;
        private final IlrYear year;
        private final List<ImportError> list = new ArrayList<>();

        Findings(IlrLearner learner, IlrYear year) {
            this.learner = learner;
            this.year = year;
        }

        void add(IlrRule rule, String detail) {
            if (rule != null && rule.appliesTo(year)) {
                list.add(ImportError.of(learner.learnRefNumber(), learner.uln(), rule, detail));
            }
        }

        /** The same check under its 2025/26 and its 2026/27 name: each year reports its own. */
        void add(IlrRule rule2526, IlrRule rule2627, String detail) {
            add(rule2526, detail);
            add(rule2627, detail);
        }
    }
}
