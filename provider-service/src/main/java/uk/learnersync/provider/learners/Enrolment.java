package uk.learnersync.provider.learners;

import java.time.LocalDate;

import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.programmes.ProgrammeId;

/**
 * The learner's current programme: the ILR apprenticeship-standard programme aim.
 *
 * @param option          the standard's option (specialism), if it has options
 * @param epaPeriodMonths the planned length of the end-point assessment period, if known
 * @param epaoId          the ILR {@code EPAOrgID}; the programme's EPAO unless set otherwise
 */
public record Enrolment(ProgrammeId programmeId, String option, LocalDate startDate, LocalDate plannedEndDate,
                        Integer epaPeriodMonths, EpaoId epaoId) {
}
