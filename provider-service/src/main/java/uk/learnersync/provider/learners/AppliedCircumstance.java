package uk.learnersync.provider.learners;

import java.time.LocalDate;
import java.util.Map;

/**
 * A change of circumstance as the EPA platform records it (CC-1..CC-4), when one was applied.
 *
 * @param detail what the tracker carried: {@code expectedReturnDate}, {@code plannedEndDate},
 *               {@code withdrawReason}, or the new programme
 */
public record AppliedCircumstance(CircumstanceType type, LocalDate effectiveDate, Map<String, Object> detail) {

    public AppliedCircumstance {
        detail = Map.copyOf(detail);
    }
}
