package uk.learnersync.epaplatform.apprentices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import uk.learnersync.validation.Text;

/**
 * A change of circumstance as recorded: {@code detail} holds what the provider's tracker carried
 * ({@code expectedReturnDate}, {@code plannedEndDate}, {@code withdrawReason}, the new programme...),
 * checked when the request was read.
 */
@Schema(name = "RecordedCircumstance")
public record Circumstance(CircumstanceType type, LocalDate effectiveDate, Instant recordedAt,
                           Map<String, Object> detail) implements TimelineEntry {

    public Circumstance {
        // A tracker may carry explicit nulls, which Map.copyOf refuses.
        detail = Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }

    @Override
    public Standing applyTo(Standing standing) {
        return standing.movedTo(Lifecycle.require(standing.status(), type.event()));
    }

    /** The new planned end date that a return to learning carries. */
    LocalDate plannedEndDate() {
        return LocalDate.parse((String) detail.get("plannedEndDate"));
    }

    /** What a change of programme would lock if it were applied: its new standard, version and option. */
    Optional<Programme.Locked> proposedProgramme() {
        if (type != CircumstanceType.CHANGE_OF_PROGRAMME || !(detail.get("programme") instanceof Map<?, ?> programme)) {
            return Optional.empty();
        }
        Object option = programme.get("option");
        return Optional.of(new Programme.Locked(((Number) programme.get("standardCode")).intValue(),
                RecordValues.standardReference((String) programme.get("standardReference")),
                RecordValues.standardVersion((String) programme.get("standardVersion")),
                option instanceof String text && !text.isBlank() ? Text.line(text, 200) : null));
    }
}
