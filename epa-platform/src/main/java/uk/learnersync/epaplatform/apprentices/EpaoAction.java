package uk.learnersync.epaplatform.apprentices;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An action of the EPAO's staff, effective on the day it was recorded: {@code gatewayDate} for a
 * gateway, {@code grade} and {@code assessmentDate} for a result, {@code reason} for a withdrawal or
 * a return into learning.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EpaoAction(EpaoActionType type, LocalDate effectiveDate, Instant recordedAt,
                         @Schema(nullable = true) LocalDate gatewayDate, @Schema(nullable = true) Grade grade,
                         @Schema(nullable = true) LocalDate assessmentDate, @Schema(nullable = true) String reason)
        implements TimelineEntry {

    static EpaoAction of(EpaoActionType type, LocalDate today, Instant recordedAt) {
        return new EpaoAction(type, today, recordedAt, null, null, null, null);
    }

    EpaoAction withGatewayDate(LocalDate date) {
        return new EpaoAction(type, effectiveDate, recordedAt, date, grade, assessmentDate, reason);
    }

    EpaoAction withResult(Grade newGrade, LocalDate date) {
        return new EpaoAction(type, effectiveDate, recordedAt, gatewayDate, newGrade, date, reason);
    }

    EpaoAction withReason(String text) {
        return new EpaoAction(type, effectiveDate, recordedAt, gatewayDate, grade, assessmentDate, text);
    }

    @Override
    public Standing applyTo(Standing standing) {
        return switch (type) {
            case GATEWAY_CONFIRMED -> standing.movedTo(
                            Lifecycle.require(standing.status(), LifecycleEvent.GATEWAY_CONFIRMED))
                    .withGateway(new Gateway(gatewayDate, recordedAt));
            case RESULT_RECORDED -> standing.withResult(new Result(grade, assessmentDate));
            case CERTIFIED -> standing.movedTo(Lifecycle.require(standing.status(), LifecycleEvent.CERTIFIED));
            case WITHDRAWN_BY_EPAO ->
                    standing.movedTo(Lifecycle.require(standing.status(), LifecycleEvent.WITHDRAWN_BY_EPAO));
            case BACK_INTO_LEARNING -> standing.movedTo(
                    Lifecycle.require(standing.status(), LifecycleEvent.BACK_INTO_LEARNING)).withGateway(null);
        };
    }
}
