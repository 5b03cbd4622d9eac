package uk.learnersync.provider.learners;

import java.time.LocalDate;

import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.programmes.ProgrammeId;

/**
 * The learner's current programme: the ILR programme aim (of an apprenticeship standard, a foundation
 * apprenticeship or an apprenticeship unit).
 *
 * @param option          the standard's option (specialism), if it has options
 * @param epaPeriodMonths the planned length of the end-point assessment period, if known
 * @param epaoId          the ILR {@code EPAOrgID}; the programme's EPAO unless set otherwise; none for an
 *                        apprenticeship unit, which has no end-point assessment
 * @param offTheJob       the programme aim's off-the-job training hours
 */
public record Enrolment(ProgrammeId programmeId, String option, LocalDate startDate, LocalDate plannedEndDate,
                        Integer epaPeriodMonths, EpaoId epaoId, OffTheJobHours offTheJob) {

    public Enrolment {
        offTheJob = offTheJob == null ? OffTheJobHours.NONE : offTheJob;
    }

    /** A programme aim whose off-the-job hours are not recorded yet, as a new programme's. */
    public Enrolment(ProgrammeId programmeId, String option, LocalDate startDate, LocalDate plannedEndDate,
                     Integer epaPeriodMonths, EpaoId epaoId) {
        this(programmeId, option, startDate, plannedEndDate, epaPeriodMonths, epaoId, OffTheJobHours.NONE);
    }
}
