package uk.learnersync.provider.learners;

import java.time.LocalDate;

import uk.learnersync.validation.FieldChecks;

/**
 * The off-the-job training hours of the learner's apprenticeship, on its programme aim: ILR 2026/27
 * {@code HRSRecord}s, {@code PHours} and {@code OTJActHours} up to 2025/26 (DfE migrates PHours to HRS
 * code 1 and OTJActHours to code 3).
 *
 * @param planned       HRS 1 (PHours): the planned off-the-job training hours
 * @param actual        HRS 3 (OTJActHours): the hours actually spent, returned at completion or withdrawal
 * @param priorLearning HRS 4 with its AppFinRecord RIP 1 (2026/27 only): what recognised prior learning took off
 */
public record OffTheJobHours(Integer planned, Integer actual, PriorLearning priorLearning) {

    /** None recorded, as for a programme that has just started. */
    public static final OffTheJobHours NONE = new OffTheJobHours(null, null, null);

    /** DfE's schema holds hours as 0 to 9999. */
    static final int MAX_HOURS = 9999;
    /** DfE's schema holds an AppFinRecord amount as 0 to 999999 pounds. */
    static final int MAX_AMOUNT = 999_999;

    /**
     * Prior learning recognised at the start: the planned off-the-job hours it removed (HRS 4) and the
     * price reduction that goes with it (AppFinRecord RIP 1, dated); DfE's rules R_161 and R_162 pair them.
     */
    public record PriorLearning(Integer hours, Integer priceReduction, LocalDate priceReductionDate) {
    }

    /** Checks each value against DfE's ranges, naming fields with {@code prefix}; {@code NONE} for nothing given. */
    static OffTheJobHours parse(FieldChecks checks, String prefix, OffTheJobHours raw) {
        if (raw == null) {
            return NONE;
        }
        hours(checks, prefix + "planned", raw.planned());
        hours(checks, prefix + "actual", raw.actual());
        PriorLearning prior = raw.priorLearning();
        if (prior != null) {
            String field = prefix + "priorLearning.";
            if (checks.present(field + "hours", prior.hours())) {
                hours(checks, field + "hours", prior.hours());
            }
            if (checks.present(field + "priceReduction", prior.priceReduction())
                    && (prior.priceReduction() < 0 || prior.priceReduction() > MAX_AMOUNT)) {
                checks.reject(field + "priceReduction", "must be 0 to " + MAX_AMOUNT + " pounds");
            }
            checks.present(field + "priceReductionDate", prior.priceReductionDate());
        }
        return raw;
    }

    private static void hours(FieldChecks checks, String field, Integer hours) {
        if (hours != null && (hours < 0 || hours > MAX_HOURS)) {
            checks.reject(field, "must be 0 to " + MAX_HOURS + " hours");
        }
    }
}
