package uk.learnersync.epaplatform.apprentices;

import java.time.LocalDate;

/** An apprenticeship standard the apprentice is (or was) on. */
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
