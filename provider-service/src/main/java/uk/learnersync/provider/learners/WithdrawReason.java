package uk.learnersync.provider.learners;

import uk.learnersync.validation.InvalidValueException;

/** ILR {@code WithdrawReason} of a programme aim: the codes and descriptions of ESFA's lookup. */
public enum WithdrawReason {
    TRANSFERRED_TO_ANOTHER_PROVIDER(2, "Learner transferred to another provider"),
    INJURY_OR_ILLNESS(3, "Learner injury/illness"),
    TRANSFERRED_BY_ESFA_INTERVENTION(7, "Learner has transferred between providers due to intervention by or with the "
            + "written agreement of the ESFA"),
    OLASS_OUTSIDE_PROVIDER_CONTROL(28, "OLASS learner withdrawn due to circumstances outside the providers' control"),
    MADE_REDUNDANT(29, "Learner has been made redundant"),
    TRANSFERRED_TO_NEW_AIM(40, "The learner has transferred to a new learning aim with the same provider."),
    TRANSFERRED_FOR_GOVERNMENT_STRATEGY(41, "The learner has transferred to another provider to undertake learning "
            + "that meets a specific government strategy."),
    ACADEMIC_FAILURE(42, "Academic failure/left in bad standing/not permitted to progress – HE learning aims only"),
    FINANCIAL_REASONS(43, "Financial reasons"),
    OTHER_PERSONAL_REASONS(44, "Other personal reasons"),
    WRITTEN_OFF(45, "Written off after lapse of time – HE learning aims only"),
    EXCLUSION(46, "Exclusion"),
    TRANSFERRED_DUE_TO_MERGER(47, "Learner has transferred to another provider due to merger"),
    INDUSTRY_PLACEMENT_OUTSIDE_PROVIDER_CONTROL(48, "Industry placement learner has withdrawn due to circumstances "
            + "outside the providers' control"),
    OTHER(97, "Other"),
    NOT_KNOWN(98, "Reason not known");

    private final int code;
    private final String description;

    WithdrawReason(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static WithdrawReason of(int code) {
        for (WithdrawReason reason : values()) {
            if (reason.code == code) {
                return reason;
            }
        }
        throw new InvalidValueException("must be an ILR WithdrawReason code: 2, 3, 7, 28, 29, 40 to 48, 97 or 98");
    }
}
