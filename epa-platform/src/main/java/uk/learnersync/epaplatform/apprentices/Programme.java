package uk.learnersync.epaplatform.apprentices;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** An apprenticeship standard the apprentice is (or was) on. */
// Named apart from the request body Programme, which has no status.
@Schema(name = "ApprenticeProgramme")
public record Programme(int standardCode, String standardReference, String standardVersion, String option,
                        LocalDate startDate, LocalDate plannedEndDate, ProgrammeStatus status) {

    Programme withStatus(ProgrammeStatus newStatus) {
        return new Programme(standardCode, standardReference, standardVersion, option, startDate, plannedEndDate,
                newStatus);
    }

    Programme withDates(LocalDate newStart, LocalDate newPlannedEnd) {
        return new Programme(standardCode, standardReference, standardVersion, option, newStart, newPlannedEnd, status);
    }
}
