package uk.learnersync.epaplatform.apprentices;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An apprenticeship standard the apprentice is (or was) on. A stopped programme keeps the effective
 * date of the change that stopped it.
 */
// Named apart from the request body Programme, which has no status.
@Schema(name = "ApprenticeProgramme")
public record Programme(int standardCode, String standardReference, String standardVersion, String option,
                        LocalDate startDate, LocalDate plannedEndDate, ProgrammeStatus status,
                        @Schema(nullable = true, description = "STOPPED only: the effective date of the change")
                        LocalDate stopDate) {

    /** What the gateway locks: the standard, its version and its option. */
    public record Locked(int standardCode, String standardReference, String standardVersion, String option) {
    }

    public static Programme active(int standardCode, String standardReference, String standardVersion, String option,
                                   LocalDate startDate, LocalDate plannedEndDate) {
        return new Programme(standardCode, standardReference, standardVersion, option, startDate, plannedEndDate,
                ProgrammeStatus.ACTIVE, null);
    }

    public Locked locked() {
        return new Locked(standardCode, standardReference, standardVersion, option);
    }

    Programme stoppedOn(LocalDate date) {
        return new Programme(standardCode, standardReference, standardVersion, option, startDate, plannedEndDate,
                ProgrammeStatus.STOPPED, date);
    }

    Programme withDates(LocalDate newStart, LocalDate newPlannedEnd) {
        return new Programme(standardCode, standardReference, standardVersion, option, newStart, newPlannedEnd, status,
                stopDate);
    }
}
