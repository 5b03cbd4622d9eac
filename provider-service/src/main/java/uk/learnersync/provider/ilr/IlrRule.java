package uk.learnersync.provider.ilr;

/**
 * The ESFA validation rules (ILR 2025-26, version 3) that LearnerSync applies to each learner of an
 * imported file, with ESFA's own name, severity and error message.
 */
public enum IlrRule {
    ULN_04("ULN_04", Severity.E, "The Unique learner number does not pass the checksum calculation"),
    SEX_01("Sex_01", Severity.E, "The Sex is not a valid code"),
    ETHNICITY_01("Ethnicity_01", Severity.E, "The Ethnicity is not a valid code"),
    EMP_ID_02("EmpId_02", Severity.E, "The Employer identifier is not valid"),
    COMP_STATUS_01("CompStatus_01", Severity.E, "The Completion status is not a valid code"),
    COMP_STATUS_02("CompStatus_02", Severity.E,
            "The Learning actual end date must not be returned for this Completion status"),
    COMP_STATUS_03("CompStatus_03", Severity.E,
            "The Learning actual end date must be returned for this Completion status"),
    WITHDRAW_REASON_02("WithdrawReason_02", Severity.E, "The Withdrawal reason is not a valid code"),
    WITHDRAW_REASON_03("WithdrawReason_03", Severity.E,
            "The Withdrawal reason must be returned for this Completion status"),
    WITHDRAW_REASON_04("WithdrawReason_04", Severity.E,
            "The Withdrawal reason must not be returned for this Completion status"),
    LEARN_PLAN_END_DATE_02("LearnPlanEndDate_02", Severity.E,
            "The Learning planned end date must not be before the Learning start date"),
    EPA_ORG_ID_PATTERN("FD_EPAOrgID_AP", Severity.E, "The EPAOrgID does not match the validation pattern"),
    EPA_ORG_ID_01("EPAOrgID_01", Severity.W,
            "The end point assessment organisation is not valid for this standard on this planned end date");

    /** ESFA's severities: an error rejects the learner, a warning is reported only. */
    public enum Severity {
        E,
        W
    }

    private final String esfaName;
    private final Severity severity;
    private final String message;

    IlrRule(String esfaName, Severity severity, String message) {
        this.esfaName = esfaName;
        this.severity = severity;
        this.message = message;
    }

    public String esfaName() {
        return esfaName;
    }

    public Severity severity() {
        return severity;
    }

    /** ESFA's error message. */
    public String message() {
        return message;
    }
}
