package uk.learnersync.epaplatform.apprentices;

import java.time.Instant;
import java.time.LocalDate;

/** The EPAO's confirmation that the apprentice passed gateway: from then the standard is locked. */
public record Gateway(LocalDate date, Instant confirmedAt) {
}
