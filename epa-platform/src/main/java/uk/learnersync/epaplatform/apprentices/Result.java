package uk.learnersync.epaplatform.apprentices;

import java.time.LocalDate;

/** The end-point assessment's outcome as the EPAO recorded it. */
public record Result(Grade grade, LocalDate assessmentDate) {
}
