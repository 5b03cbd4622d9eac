package uk.learnersync.provider.ilr;

import java.util.EnumSet;
import java.util.Set;

/**
 * The validation rules that LearnerSync applies to each learner of an imported file, for the years
 * that have them, with DfE's own name, severity and error message: ESFA's ILR 2025-26 rules
 * (version 3, October 2025) for a 2025/26 file, DfE's 2026/27 rules (version 4, 10 September 2026)
 * for a 2026/27 file. Rules that need reference data LearnerSync does not hold (LARS, the Apprenticeship
 * Service, the Learner Register) or fields it does not keep are not applied.
 */
public enum IlrRule {
    ULN_04("ULN_04", Severity.E, "The Unique learner number does not pass the checksum calculation", Years.BOTH),
    SEX_01("Sex_01", Severity.E, "The Sex is not a valid code", Years.BOTH),
    ETHNICITY_01("Ethnicity_01", Severity.E, "The Ethnicity is not a valid code", Years.BOTH),
    EMP_ID_02("EmpId_02", Severity.E, "The Employer identifier is not valid", Years.Y2526),
    /** 2026/27 gives EmpId_02 the check digit alone, and its message says so. */
    EMP_ID_02_2627("EmpId_02", Severity.E, "The Employer identifier does not pass the checksum calculation",
            Years.Y2627),
    COMP_STATUS_01("CompStatus_01", Severity.E, "The Completion status is not a valid code", Years.BOTH),
    COMP_STATUS_02("CompStatus_02", Severity.E,
            "The Learning actual end date must not be returned for this Completion status", Years.BOTH),
    COMP_STATUS_03("CompStatus_03", Severity.E,
            "The Learning actual end date must be returned for this Completion status", Years.BOTH),
    WITHDRAW_REASON_02("WithdrawReason_02", Severity.E, "The Withdrawal reason is not a valid code", Years.BOTH),
    WITHDRAW_REASON_03("WithdrawReason_03", Severity.E,
            "The Withdrawal reason must be returned for this Completion status", Years.BOTH),
    WITHDRAW_REASON_04("WithdrawReason_04", Severity.E,
            "The Withdrawal reason must not be returned for this Completion status", Years.BOTH),
    LEARN_PLAN_END_DATE_02("LearnPlanEndDate_02", Severity.E,
            "The Learning planned end date must not be before the Learning start date", Years.BOTH),
    /** 2025/26: EPA and 4 digits; 2026/27 also an 8-digit UKPRN (DfE publishes no pattern: INFERRED). */
    EPA_ORG_ID_PATTERN("FD_EPAOrgID_AP", Severity.E, "The EPAOrgID does not match the validation pattern",
            Years.BOTH),
    /** DfE's 2026/27 rules name it an Error, yet Submit Learner Data applies it as a Warning, as 2025/26 did. */
    EPA_ORG_ID_01("EPAOrgID_01", Severity.W,
            "The end point assessment organisation is not valid for this standard on this planned end date", Years.BOTH),

    P_HOURS_01("PHours_01", Severity.E, "Planned hours must be returned for this funding model", Years.Y2526),
    P_HOURS_06("PHours_06", Severity.E, "Planned hours must not be less than 278 hours", Years.Y2526),
    P_HOURS_08("PHours_08", Severity.E, "Planned hours must not be less than 187 hours", Years.Y2526),
    OTJ_ACT_HOURS_01("OTJActHours_01", Severity.E,
            "Actual Hours for Off the Job Training must be returned on the programme aim", Years.Y2526),
    OTJ_ACT_HOURS_02("OTJActHours_02", Severity.E, "Actual Hours for Off the Job Training must be returned",
            Years.Y2526),
    OTJ_ACT_HOURS_03("OTJActHours_03", Severity.E,
            "Actual Hours for Off the Job Training must be returned for withdrawn learners", Years.Y2526),

    HRS_TYPE_01("HRSType_01", Severity.E, "Planned hours for off the job training of an apprenticeship programme "
            + "must be returned for Apprenticeships on the programme aim", Years.Y2627),
    HRS_TYPE_07("HRSType_07", Severity.E, "Actual hours for off the job training of an apprenticeship programme "
            + "must be returned on the programme aim", Years.Y2627),
    HRS_TYPE_08("HRSType_08", Severity.E, "Actual hours for off the job training of an apprenticeship programme "
            + "must be returned", Years.Y2627),
    HRS_TYPE_09("HRSType_09", Severity.E, "Actual hours for off the job training of an apprenticeship programme "
            + "must be returned for withdrawn learners", Years.Y2627),
    HRS_TYPE_13("HRSType_13", Severity.E, "Hours Codes 1,3 and 4 must only be returned for Apprenticeships",
            Years.Y2627),
    HRS_TYPE_14("HRSType_14", Severity.E, "Hours Codes 2, 5 or 6 must not be returned when returning an "
            + "Apprenticeship", Years.Y2627),
    HRS_TYPE_18("HRSType_18", Severity.E, "The same Hours Code must only be returned once in the Learning Delivery "
            + "record", Years.Y2627),
    HRS_AMOUNT_02("HRSAmount_02", Severity.E, "Planned hours for off the job training of an apprenticeship "
            + "programme must not be less than 278 hours", Years.Y2627),
    HRS_AMOUNT_03("HRSAmount_03", Severity.E, "Planned hours for off the job training of an apprenticeship "
            + "programme (HRS 1) must not be less than 187 hours", Years.Y2627),
    R_161("R_161", Severity.E, "If Hours Record 'Planned hours for off the job training due to a reduction in "
            + "prior learning' (HRS 4) has been returned, 'Price Reduction due to prior learning' (RIP 1) financial "
            + "record must also be returned", Years.Y2627),
    R_162("R_162", Severity.E, "If 'Price Reduction due to prior learning' (RIP 1) Financial Record has been "
            + "returned, Hours Record 'Planned hours for off the job training due to a reduction in prior learning' "
            + "(HRS 4) must also be returned", Years.Y2627),
    AFIN_TYPE_15("AFinType_15", Severity.E, "The 'Price reduction due to prior learning' financial record (RIP 1) "
            + "must not be more than £18,000", Years.Y2627),
    AFIN_TYPE_16("AFinType_16", Severity.E, "The 'Price reduction due to prior learning' financial record (RIP 1) "
            + "must not be less than £5", Years.Y2627),
    AGREEM_ID_01("AgreemId_01", Severity.E, "An Agreement Identifier must be returned for this funding model",
            Years.Y2627),
    FUND_MODEL_22("FundModel_22", Severity.E, "This programme type is not valid for this funding model", Years.Y2627),
    PROG_TYPE_25("ProgType_25", Severity.E, "This funding model is not valid for this programme type", Years.Y2627),
    R_159("R_159", Severity.E, "A Growth and Skills Offer Apprenticeship Unit component aim must have a corresponding "
            + "programme aim with the same combination of funding model, programme type, learning start date, "
            + "learning planned end date and learning actual end date (if returned)", Years.Y2627),
    R_160("R_160", Severity.E, "A Growth and Skills Offer Apprenticeship Unit programme aim must have a corresponding "
            + "component aim with the same combination of funding model, programme type, learning start date, "
            + "learning planned end date and learning actual end date (if returned)", Years.Y2627),
    AIM_TYPE_10("AimType_10", Severity.E, "There must be only one component aim (aim type 3) per programme aim "
            + "(aim type 1) when returning the Growth and Skills Offer Apprenticeship Unit programme type",
            Years.Y2627),
    COMP_STATUS_11("CompStatus_11", Severity.E, "Completion status 6 must not be returned for Growth and Skills Offer "
            + "Apprenticeship Units", Years.Y2627),
    LEARN_PLAN_END_DATE_04("LearnPlanEndDate_04", Severity.E, "The Learning Planned End Date can't be later than 16 "
            + "weeks after the Learning Start Date for Growth and Skills Offer Apprenticeship Units", Years.Y2627),
    DATE_OF_BIRTH_61("DateOfBirth_61", Severity.E, "The learner must be 19 or over at the start of the learning aim",
            Years.Y2627),
    ULN_13("ULN_13", Severity.E, "The Unique learner number 9999999999 must not be used", Years.Y2627),
    EMP_STAT_24("EmpStat_24", Severity.E, "The learner must be in paid employment for this programme type to be used",
            Years.Y2627);

    /** DfE's severities (ESFA's up to 2025/26): an error rejects the learner, a warning is reported only. */
    public enum Severity {
        E,
        W
    }

    /** The years a rule belongs to. */
    private static final class Years {
        static final Set<IlrYear> BOTH = EnumSet.allOf(IlrYear.class);
        static final Set<IlrYear> Y2526 = EnumSet.of(IlrYear.Y2526);
        static final Set<IlrYear> Y2627 = EnumSet.of(IlrYear.Y2627);
    }

    private final String dfeName;
    private final Severity severity;
    private final String message;
    private final Set<IlrYear> years;

    IlrRule(String dfeName, Severity severity, String message, Set<IlrYear> years) {
        this.dfeName = dfeName;
        this.severity = severity;
        this.message = message;
        this.years = years;
    }

    /** The rule's name as DfE (ESFA up to 2025/26) publishes it, e.g. {@code ULN_04}. */
    public String dfeName() {
        return dfeName;
    }

    public Severity severity() {
        return severity;
    }

    /** DfE's error message. */
    public String message() {
        return message;
    }

    /** Whether the rule is one of that year's. */
    public boolean appliesTo(IlrYear year) {
        return years.contains(year);
    }
}
