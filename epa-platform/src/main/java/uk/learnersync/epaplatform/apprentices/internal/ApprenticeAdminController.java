package uk.learnersync.epaplatform.apprentices.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.learnersync.epaplatform.apprentices.Apprentice;
import uk.learnersync.epaplatform.apprentices.ApprenticeId;
import uk.learnersync.epaplatform.apprentices.ApprenticeRecord;
import uk.learnersync.epaplatform.apprentices.Apprentices;
import uk.learnersync.epaplatform.apprentices.LearnerDetails;
import uk.learnersync.epaplatform.apprentices.Uln;
import uk.learnersync.epaplatform.apprentices.internal.ApprenticeRequests.GatewayRequest;
import uk.learnersync.epaplatform.apprentices.internal.ApprenticeRequests.LearnerRequest;
import uk.learnersync.epaplatform.apprentices.internal.ApprenticeRequests.ReasonRequest;
import uk.learnersync.epaplatform.apprentices.internal.ApprenticeRequests.ResultRequest;
import uk.learnersync.epaplatform.organisations.EpaoId;
import uk.learnersync.epaplatform.organisations.Organisations;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.InvalidValueException;
import uk.learnersync.validation.NotFoundException;

/** The operator's view of an organisation's apprentices, and what the EPAO's own staff do to them. */
@RestController
@RequestMapping("/admin/organisations/{epaoId}/apprentices")
@Tag(name = "Operator")
@SecurityRequirement(name = "operatorToken")
class ApprenticeAdminController {

    private final Organisations organisations;
    private final Apprentices apprentices;
    private final JsonBodies bodies;
    private final JsonMapper json;

    ApprenticeAdminController(Organisations organisations, Apprentices apprentices, JsonBodies bodies,
                              JsonMapper json) {
        this.organisations = organisations;
        this.apprentices = apprentices;
        this.bodies = bodies;
        this.json = json;
    }

    record Items<T>(List<T> items) {
    }

    record HistoryResource(Instant at, String call, String origin,
                           @Schema(nullable = true, description = "The connection that made a provider's change")
                           String connectionId,
                           @Schema(implementation = Object.class, description = "The call's body, as received")
                           JsonNode body) {
    }

    @GetMapping
    @Operation(operationId = "listApprentices", summary = "List an organisation's apprentices",
            description = "All of them, most recently changed first, or those with the ULN given.")
    Items<ApprenticeRecord> list(@PathVariable String epaoId, @RequestParam(required = false) String uln) {
        EpaoId organisation = organisations.get(epaoId).epaoId();
        List<Apprentice> found;
        if (uln == null || uln.isBlank()) {
            found = apprentices.listAtOrganisation(organisation, null);
        } else {
            found = parsedUln(uln).map(wanted -> apprentices.listAtOrganisation(organisation, wanted))
                    .orElse(List.of());
        }
        return new Items<>(found.stream().map(ApprenticeRecord::asOfToday).toList());
    }

    @GetMapping("/{apprenticeId}")
    @Operation(operationId = "getApprenticeOfOrganisation", summary = "Get an apprentice",
            description = "The whole ApprenticeRecord, as the EPAO's staff see it.")
    ApprenticeRecord get(@PathVariable String epaoId, @PathVariable String apprenticeId) {
        return ApprenticeRecord.asOfToday(apprentices.getAtOrganisation(organisation(epaoId), id(apprenticeId)));
    }

    @GetMapping("/{apprenticeId}/history")
    @Operation(summary = "An apprentice's history", description = "Every accepted change, oldest first, with the "
            + "body as sent: a provider's writes (origin PROVIDER, with the connection) and the EPAO's actions "
            + "(origin EPAO).")
    Items<HistoryResource> history(@PathVariable String epaoId, @PathVariable String apprenticeId) {
        return new Items<>(apprentices.history(organisation(epaoId), id(apprenticeId)).stream()
                .map(entry -> new HistoryResource(entry.at(), entry.kind().name(), entry.kind().origin().name(),
                        entry.connectionId() == null ? null : entry.connectionId().toString(), entry.body()))
                .toList());
    }

    @PostMapping("/{apprenticeId}/gateway")
    @Operation(summary = "Confirm the gateway", description = "From then the standard, its version and option are "
            + "locked: a provider's change to them is refused 409 LOCKED_AFTER_GATEWAY. Refused 409 "
            + "TRANSITION_NOT_ALLOWED during a break or a retake review, RECORD_CLOSED on a closed record.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = GatewayRequest.class))))
    ApprenticeRecord confirmGateway(@PathVariable String epaoId, @PathVariable String apprenticeId,
                                    @RequestBody(required = false) String body) {
        return ApprenticeRecord.asOfToday(apprentices.confirmGateway(organisation(epaoId), id(apprenticeId),
                bodies.parse(body, GatewayRequest.class, GatewayRequest::parse), body));
    }

    @PostMapping("/{apprenticeId}/result")
    @Operation(summary = "Record the assessment's result", description = "PASS, MERIT or DISTINCTION completes the "
            + "record (COMPLETED); FAIL puts it under review for a resit or a retake (RETAKE_REVIEW). Needs a "
            + "confirmed gateway.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ResultRequest.class))))
    ApprenticeRecord recordResult(@PathVariable String epaoId, @PathVariable String apprenticeId,
                                  @RequestBody(required = false) String body) {
        ResultRequest.Checked result = bodies.parse(body, ResultRequest.class, ResultRequest::parse);
        return ApprenticeRecord.asOfToday(apprentices.recordResult(organisation(epaoId), id(apprenticeId),
                result.grade(), result.assessmentDate(), body));
    }

    @PostMapping("/{apprenticeId}/certificate")
    @Operation(summary = "Issue the certificate", description = "COMPLETED → CERTIFIED. No body is needed.")
    ApprenticeRecord certify(@PathVariable String epaoId, @PathVariable String apprenticeId,
                             @RequestBody(required = false) String body) {
        String sent = body == null || body.isBlank() ? "{}" : body;
        bodies.read(sent, Map.class);
        return ApprenticeRecord.asOfToday(apprentices.certify(organisation(epaoId), id(apprenticeId), sent));
    }

    @PostMapping("/{apprenticeId}/withdraw")
    @Operation(summary = "Withdraw the apprentice on the EPAO's side", description = "Any open record → WITHDRAWN.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ReasonRequest.class))))
    ApprenticeRecord withdraw(@PathVariable String epaoId, @PathVariable String apprenticeId,
                              @RequestBody(required = false) String body) {
        return ApprenticeRecord.asOfToday(apprentices.withdrawByEpao(organisation(epaoId), id(apprenticeId),
                bodies.parse(body, ReasonRequest.class, ReasonRequest::required), body));
    }

    @PostMapping("/{apprenticeId}/back-into-learning")
    @Operation(summary = "Send the apprentice back into learning for a retake", description = "RETAKE_REVIEW → "
            + "BACK_INTO_LEARNING; the gateway is cleared (and with it the lock) until a new one is confirmed. "
            + "reason is optional.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ReasonRequest.class))))
    ApprenticeRecord backIntoLearning(@PathVariable String epaoId, @PathVariable String apprenticeId,
                                      @RequestBody(required = false) String body) {
        String sent = body == null || body.isBlank() ? "{}" : body;
        return ApprenticeRecord.asOfToday(apprentices.backIntoLearning(organisation(epaoId), id(apprenticeId),
                bodies.parse(sent, ReasonRequest.class, ReasonRequest::optional), sent));
    }

    @PatchMapping(path = "/{apprenticeId}", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Edit the personal details on the platform", description = "A JSON merge patch (RFC 7396) "
            + "of uln, givenNames, familyName, dateOfBirth, sex, ethnicity, email, phone and address: an edit made "
            + "by the EPAO's staff, outside the provider. null removes an optional field.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(mediaType = "application/merge-patch+json",
                            schema = @Schema(implementation = LearnerRequest.class))))
    ApprenticeRecord edit(@PathVariable String epaoId, @PathVariable String apprenticeId,
                          @RequestBody(required = false) String body) {
        JsonNode patch = bodies.read(body, JsonNode.class);
        if (!patch.isObject()) {
            throw InvalidInputException.of("$", "must be a JSON object");
        }
        return ApprenticeRecord.asOfToday(apprentices.editOnPlatform(organisation(epaoId), id(apprenticeId),
                current -> patched(current, patch), body));
    }

    private LearnerDetails patched(LearnerDetails current, JsonNode patch) {
        JsonNode merged = merge(json.valueToTree(LearnerRequest.from(current)), patch);
        LearnerRequest request = json.treeToValue(merged, LearnerRequest.class);
        FieldChecks checks = new FieldChecks();
        LearnerDetails edited = request.parse(checks);
        checks.throwIfAny();
        return edited;
    }

    /** RFC 7396: an object merges member by member, null removes, anything else replaces. */
    private JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? (ObjectNode) target.deepCopy()
                : json.createObjectNode();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    private EpaoId organisation(String epaoId) {
        return organisations.get(epaoId).epaoId();
    }

    private static ApprenticeId id(String raw) {
        return ApprenticeId.parse(raw).orElseThrow(() -> new NotFoundException("Apprentice", raw));
    }

    private static Optional<Uln> parsedUln(String raw) {
        try {
            return Optional.of(Uln.of(raw));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
