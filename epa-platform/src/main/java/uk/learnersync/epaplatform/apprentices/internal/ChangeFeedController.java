package uk.learnersync.epaplatform.apprentices.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import uk.learnersync.epaplatform.apprentices.ApprenticeRecord;
import uk.learnersync.epaplatform.apprentices.Apprentices;
import uk.learnersync.epaplatform.apprentices.Change;
import uk.learnersync.epaplatform.organisations.Connection;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidValueException;

/** The change feed by which a provider reads back what happened to its apprentices (RULES.md TW-1 to TW-3). */
@RestController
@Tag(name = "Change feed", description = "What changed on the connection's apprentices, in order, by cursor")
@SecurityRequirement(name = "connectionToken")
class ChangeFeedController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final Apprentices apprentices;

    ChangeFeedController(Apprentices apprentices) {
        this.apprentices = apprentices;
    }

    record ChangeResource(String cursor, String apprenticeId,
                          @Schema(description = "REGISTER, UPDATE_LEARNER, ... for the provider's own writes; "
                                  + "GATEWAY_CONFIRMED, RESULT_RECORDED, CERTIFIED, WITHDRAWN_BY_EPAO, "
                                  + "BACK_INTO_LEARNING, EDITED_ON_PLATFORM for the EPAO's") String kind,
                          @Schema(allowableValues = {"PROVIDER", "EPAO"},
                                  description = "PROVIDER: the connection's own write") String origin,
                          Instant at,
                          @Schema(implementation = ApprenticeRecord.class,
                                  description = "The record as it was right after the change") JsonNode record) {

        static ChangeResource of(Change change) {
            return new ChangeResource(Long.toString(change.cursor()), change.apprenticeId().toString(),
                    change.kind().name(), change.kind().origin().name(), change.at(), change.record());
        }
    }

    record ChangePage(List<ChangeResource> items,
                      @Schema(description = "Pass as after to read on; the same cursor when nothing is new")
                      String nextCursor) {
    }

    @GetMapping("/api/v1/changes")
    @Operation(summary = "Read the connection's changes",
            description = "The changes to this connection's apprentices after the cursor, oldest first: its own "
                    + "writes (origin PROVIDER) and what the EPAO's staff did (origin EPAO), each with the record "
                    + "right after it. Keep nextCursor and pass it as after next time. A revoked connection gets 401.")
    ChangePage changes(@AuthenticationPrincipal Connection connection,
                       @Parameter(description = "A cursor from this feed; absent: from the start")
                       @RequestParam(required = false) String after,
                       @Parameter(description = "1 to 1000, default 100")
                       @RequestParam(required = false) String limit) {
        FieldChecks checks = new FieldChecks();
        Long cursor = checks.optional("after", after, ChangeFeedController::cursor);
        Integer size = checks.optional("limit", limit, ChangeFeedController::limit);
        checks.throwIfAny();
        long from = cursor == null ? 0 : cursor;
        List<ChangeResource> items = apprentices.changes(connection, from, size == null ? DEFAULT_LIMIT : size)
                .stream().map(ChangeResource::of).toList();
        return new ChangePage(items, items.isEmpty() ? Long.toString(from) : items.get(items.size() - 1).cursor());
    }

    private static Long cursor(String raw) {
        if (!raw.matches("[0-9]{1,18}")) {
            throw new InvalidValueException("must be a cursor given by this feed");
        }
        return Long.parseLong(raw);
    }

    private static Integer limit(String raw) {
        if (!raw.matches("[0-9]{1,4}") || Integer.parseInt(raw) < 1 || Integer.parseInt(raw) > MAX_LIMIT) {
            throw new InvalidValueException("must be a number from 1 to " + MAX_LIMIT);
        }
        return Integer.parseInt(raw);
    }
}
