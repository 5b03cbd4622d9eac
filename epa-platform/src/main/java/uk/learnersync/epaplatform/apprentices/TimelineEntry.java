package uk.learnersync.epaplatform.apprentices;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something that moves the apprentice's status, on its effective date: a provider's change of
 * circumstance or an EPAO staff action. The record's timeline holds them in effective-date order.
 */
interface TimelineEntry {

    LocalDate effectiveDate();

    Instant recordedAt();

    /** Where the apprentice stands after this entry; refuses it when the standing does not allow it. */
    Standing applyTo(Standing standing);
}
