package uk.learnersync.epaplatform.apprentices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A change of circumstance as recorded: {@code detail} holds what the provider's tracker carried
 * ({@code expectedReturnDate}, {@code plannedEndDate}, {@code withdrawReason}, the new programme...).
 */
@Schema(name = "RecordedCircumstance")
public record Circumstance(CircumstanceType type, LocalDate effectiveDate, Instant recordedAt,
                           Map<String, Object> detail) {

    public Circumstance {
        // A tracker may carry explicit nulls, which Map.copyOf refuses.
        detail = Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }

    /** The new planned end date that a return to learning carries (checked when the request was read). */
    LocalDate plannedEndDate() {
        return LocalDate.parse((String) detail.get("plannedEndDate"));
    }
}
