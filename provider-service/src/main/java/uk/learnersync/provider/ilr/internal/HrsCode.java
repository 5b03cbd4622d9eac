package uk.learnersync.provider.ilr.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * ILR 2026/27 {@code HRSCode} of an {@code HRSRecord} (HRSType {@code HRS}), and where each was held up
 * to 2025/26: DfE moves {@code PHours} to the planned-hours code of the aim's funding (1, 2 or 5),
 * {@code OTJActHours} to 3 and {@code AddHours} to 6.
 */
enum HrsCode {
    /** Planned off-the-job training hours of an apprenticeship (FundModel 36). */
    PLANNED_OFF_THE_JOB(1),
    /** Planned hours of a T Level programme (FundModel 25, ProgType 31). */
    T_LEVEL_PLANNED(2),
    /** Actual off-the-job training hours of an apprenticeship. */
    ACTUAL_OFF_THE_JOB(3),
    /** Planned off-the-job hours taken off for recognised prior learning; goes with AppFinRecord RIP 1. */
    PRIOR_LEARNING_REDUCTION(4),
    /** Size of a Tailored Learning course (FundModel 11). */
    TAILORED_LEARNING_SIZE(5),
    /** Additional delivery hours of an ESOL aim. */
    ADDITIONAL_DELIVERY(6);

    static final String TYPE = "HRS";
    static final int T_LEVEL = 31;
    static final int TAILORED_LEARNING = 11;

    private final int code;

    HrsCode(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }

    static Optional<HrsCode> of(int code) {
        return Arrays.stream(values()).filter(known -> known.code == code).findFirst();
    }

    /** The code 2025/26 {@code PHours} of an aim with this funding becomes (an INFERRED mapping: see the README). */
    static Optional<HrsCode> ofPlannedHours(int fundModel, Integer progType) {
        if (fundModel == IlrLearner.Delivery.APPRENTICESHIPS_FUNDING) {
            return Optional.of(PLANNED_OFF_THE_JOB);
        }
        if (progType != null && progType == T_LEVEL) {
            return Optional.of(T_LEVEL_PLANNED);
        }
        return fundModel == TAILORED_LEARNING ? Optional.of(TAILORED_LEARNING_SIZE) : Optional.empty();
    }

    /** Whether 2025/26 holds it as PHours. */
    boolean isPlannedHours() {
        return this == PLANNED_OFF_THE_JOB || this == T_LEVEL_PLANNED || this == TAILORED_LEARNING_SIZE;
    }
}
