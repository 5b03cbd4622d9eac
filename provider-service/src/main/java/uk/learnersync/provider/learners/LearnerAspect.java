package uk.learnersync.provider.learners;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The parts of a learner's record whose change the sync rules tell apart (spec/RULES.md): each maps
 * to its own rule rows, e.g. {@code SEX} to PD-1, {@code CASE_OWNER} to CO-3/CO-4.
 */
public enum LearnerAspect {
    /** Given names, family name, date of birth, email (PD-4, ILR-*). */
    PERSONAL_DETAILS(learner -> Arrays.asList(learner.givenNames(), learner.familyName(), learner.dateOfBirth(),
            learner.email())),
    /** ILR Sex, shown as Gender (PD-1). */
    SEX(Learner::sex),
    /** ILR Ethnicity (PD-2). */
    ETHNICITY(Learner::ethnicity),
    /** The ULN (PD-3). */
    ULN(Learner::uln),
    /** The learner's case owner was replaced (CO-3, CO-4). */
    CASE_OWNER(Learner::caseOwnerId),
    /** The learner's manager was replaced (MG-3..MG-6). */
    MANAGER(Learner::managerId),
    /** The learner's employer or employer address was replaced (EM-4..EM-6). */
    EMPLOYER(learner -> Arrays.asList(learner.employerId(), learner.employerAddressId())),
    /** The programme start date (PG-1, PG-4). */
    PROGRAMME_START_DATE(learner -> learner.enrolment().startDate()),
    /** The programme planned end date (PG-2, PG-4). */
    PROGRAMME_PLANNED_END_DATE(learner -> learner.enrolment().plannedEndDate()),
    /** The EPA period (PG-3: never synced). */
    EPA_PERIOD(learner -> learner.enrolment().epaPeriodMonths());

    private final Function<Learner, Object> value;

    LearnerAspect(Function<Learner, Object> value) {
        this.value = value;
    }

    /** Whether the aspect is part of the enrolment, which a programme change or a circumstance carries as a whole. */
    public boolean ofEnrolment() {
        return this == PROGRAMME_START_DATE || this == PROGRAMME_PLANNED_END_DATE || this == EPA_PERIOD;
    }

    /**
     * The aspects in which two states of one learner differ. The reference (LearnRefNumber), the
     * programme itself and the registration are no aspects: the EPA platform never sees the first,
     * and the others have events of their own.
     */
    public static Set<LearnerAspect> changedBetween(Learner before, Learner after) {
        Set<LearnerAspect> changed = EnumSet.noneOf(LearnerAspect.class);
        for (LearnerAspect aspect : values()) {
            if (!Objects.equals(aspect.value.apply(before), aspect.value.apply(after))) {
                changed.add(aspect);
            }
        }
        return changed;
    }
}
