package uk.learnersync.provider.learners;

/**
 * The parts of a learner's record whose change the sync rules tell apart (spec/RULES.md): each maps
 * to its own rule rows, e.g. {@code SEX} to PD-1, {@code CASE_OWNER} to CO-3/CO-4.
 */
public enum LearnerAspect {
    /** Given names, family name, date of birth, email (PD-4, ILR-*). */
    PERSONAL_DETAILS,
    /** ILR Sex, shown as Gender (PD-1). */
    SEX,
    /** ILR Ethnicity (PD-2). */
    ETHNICITY,
    /** The ULN (PD-3). */
    ULN,
    /** The learner's case owner was replaced (CO-3, CO-4). */
    CASE_OWNER,
    /** The learner's manager was replaced (MG-3..MG-6). */
    MANAGER,
    /** The learner's employer or employer address was replaced (EM-4..EM-6). */
    EMPLOYER,
    /** The programme start date (PG-1, PG-4). */
    PROGRAMME_START_DATE,
    /** The programme planned end date (PG-2, PG-4). */
    PROGRAMME_PLANNED_END_DATE,
    /** The EPA period (PG-3: never synced). */
    EPA_PERIOD
}
