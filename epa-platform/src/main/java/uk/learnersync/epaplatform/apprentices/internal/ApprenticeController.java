package uk.learnersync.epaplatform.apprentices.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.epaplatform.apprentices.ApprenticeId;
import uk.learnersync.epaplatform.apprentices.ApprenticeRecord;
import uk.learnersync.epaplatform.apprentices.Apprentices;
import uk.learnersync.epaplatform.apprentices.CircumstanceType;
import uk.learnersync.epaplatform.apprentices.Contact;
import uk.learnersync.epaplatform.apprentices.internal.ApprenticeRequests.CircumstanceRequest;
import uk.learnersync.epaplatform.apprentices.internal.ApprenticeRequests.ContactRequest;
import uk.learnersync.epaplatform.apprentices.internal.ApprenticeRequests.EmployerRequest;
import uk.learnersync.epaplatform.apprentices.internal.ApprenticeRequests.LearnerRequest;
import uk.learnersync.epaplatform.apprentices.internal.ApprenticeRequests.ProgrammeChangeRequest;
import uk.learnersync.epaplatform.apprentices.internal.ApprenticeRequests.ProgrammeDatesRequest;
import uk.learnersync.epaplatform.apprentices.internal.ApprenticeRequests.ProgrammeRequest;
import uk.learnersync.epaplatform.apprentices.internal.ApprenticeRequests.RegistrationRequest;
import uk.learnersync.epaplatform.organisations.Connection;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidValueException;
import uk.learnersync.validation.NotFoundException;

/**
 * The provider-facing API (docs/EPA-PLATFORM-API.md). Write bodies are read only once the
 * idempotency key is known to be new: a repeated key gets the first answer whatever its body.
 */
@RestController
@RequestMapping("/api/v1/apprentices")
@Tag(name = "Apprentices", description = "The provider-facing API: a connection registers and updates its own "
        + "apprentices. Writes need an Idempotency-Key header; every answer is the whole ApprenticeRecord.")
@SecurityRequirement(name = "connectionToken")
class ApprenticeController {

    private static final String HEADER = IdempotentWrites.HEADER;
    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 500;

    private final Apprentices apprentices;
    private final IdempotentWrites writes;
    private final JsonBodies bodies;
    private final JsonMapper json;

    ApprenticeController(Apprentices apprentices, IdempotentWrites writes, JsonBodies bodies, JsonMapper json) {
        this.apprentices = apprentices;
        this.writes = writes;
        this.bodies = bodies;
        this.json = json;
    }

    /** Documents a write's idempotency key and answers. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(name = IdempotentWrites.HEADER, required = true, description = "1 to 200 printable ASCII characters; "
            + "a repeated key on the same connection has no further effect and gets the first answer again")
    @interface IdempotencyKey {
    }

    @PostMapping
    @Operation(summary = "Register an apprentice", description = "One ACTIVE programme; the status is the body's "
            + "status (ON_PROGRAMME when absent, or SUSPENDED or WITHDRAWN for a learner on a break or withdrawn).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = RegistrationRequest.class))))
    @ApiResponse(responseCode = "201", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApprenticeRecord.class)))
    ResponseEntity<String> register(
            @AuthenticationPrincipal Connection connection,
            @IdempotencyKey @RequestHeader(name = HEADER, required = false) String key,
            @RequestBody(required = false) String body) {
        return writes.run(connection, key, HttpStatus.CREATED, () -> apprentices.register(connection,
                parse(body, RegistrationRequest.class, RegistrationRequest::parse), body));
    }

    /** A page of the connection's apprentices and where the next one starts. */
    record ApprenticePage(List<ApprenticeRecord> items,
                          @Schema(description = "Pass as after to read the next page; null when this was the last")
                          String next) {
    }

    @GetMapping
    @Operation(summary = "List the connection's apprentices",
            description = "In apprentice ID order, a page at a time (keyset paging): how a provider reads every record "
                    + "back to reconcile them with what it holds (RULES.md TW-4)")
    ApprenticePage list(@AuthenticationPrincipal Connection connection,
                        @Parameter(description = "The last apprenticeId of the previous page; absent: from the first")
                        @RequestParam(required = false) String after,
                        @Parameter(description = "1 to 500, default 100") @RequestParam(required = false) String limit) {
        FieldChecks checks = new FieldChecks();
        ApprenticeId from = checks.optional("after", after, raw -> ApprenticeId.parse(raw)
                .orElseThrow(() -> new InvalidValueException("must be an apprentice ID from this list")));
        Integer size = checks.optional("limit", limit, ApprenticeController::pageSize);
        checks.throwIfAny();
        int wanted = size == null ? DEFAULT_PAGE : size;
        List<ApprenticeRecord> items = apprentices.page(connection, from, wanted).stream()
                .map(ApprenticeRecord::asOfToday).toList();
        return new ApprenticePage(items, items.size() < wanted ? null : items.get(items.size() - 1).apprenticeId());
    }

    private static int pageSize(String raw) {
        try {
            int size = Integer.parseInt(raw.strip());
            if (size >= 1 && size <= MAX_PAGE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidValueException("must be a whole number from 1 to " + MAX_PAGE);
    }

    @GetMapping("/{apprenticeId}")
    @Operation(operationId = "getApprentice", summary = "Get an apprentice",
            description = "The whole ApprenticeRecord of one of the connection's apprentices; another connection's "
                    + "answers 404.")
    ApprenticeRecord get(@AuthenticationPrincipal Connection connection, @PathVariable String apprenticeId) {
        return ApprenticeRecord.asOfToday(apprentices.get(connection, id(apprenticeId)));
    }

    @PutMapping("/{apprenticeId}/learner")
    @Operation(summary = "Replace the personal details",
            description = "ULN, names, date of birth, sex, ethnicity, email, phone and address; refused with RECORD_CLOSED once the record is closed.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = LearnerRequest.class))))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApprenticeRecord.class)))
    ResponseEntity<String> changeLearner(
            @AuthenticationPrincipal Connection connection,
            @PathVariable String apprenticeId,
            @IdempotencyKey @RequestHeader(name = HEADER, required = false) String key,
            @RequestBody(required = false) String body) {
        return writes.run(connection, key, HttpStatus.OK, () -> apprentices.changeLearner(connection,
                id(apprenticeId), parse(body, LearnerRequest.class, LearnerRequest::parse), body));
    }

    @PutMapping("/{apprenticeId}/employer")
    @Operation(summary = "Replace the employer and its address",
            description = "The employer's name and address as the provider holds them.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = EmployerRequest.class))))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApprenticeRecord.class)))
    ResponseEntity<String> changeEmployer(
            @AuthenticationPrincipal Connection connection,
            @PathVariable String apprenticeId,
            @IdempotencyKey @RequestHeader(name = HEADER, required = false) String key,
            @RequestBody(required = false) String body) {
        return writes.run(connection, key, HttpStatus.OK, () -> apprentices.changeEmployer(connection,
                id(apprenticeId), parse(body, EmployerRequest.class, EmployerRequest::parse), body));
    }

    @PutMapping("/{apprenticeId}/employer-contact")
    @Operation(summary = "Replace or remove the employer contact", description = "A JSON null body removes it.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ContactRequest.class, nullable = true))))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApprenticeRecord.class)))
    ResponseEntity<String> changeEmployerContact(
            @AuthenticationPrincipal Connection connection,
            @PathVariable String apprenticeId,
            @IdempotencyKey @RequestHeader(name = HEADER, required = false) String key,
            @RequestBody(required = false) String body) {
        return writes.run(connection, key, HttpStatus.OK, () -> apprentices.changeEmployerContact(connection,
                id(apprenticeId), contactOrNull(body), body));
    }

    @PutMapping("/{apprenticeId}/tutor")
    @Operation(summary = "Replace or remove the tutor", description = "A JSON null body removes it.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ContactRequest.class, nullable = true))))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApprenticeRecord.class)))
    ResponseEntity<String> changeTutor(
            @AuthenticationPrincipal Connection connection,
            @PathVariable String apprenticeId,
            @IdempotencyKey @RequestHeader(name = HEADER, required = false) String key,
            @RequestBody(required = false) String body) {
        return writes.run(connection, key, HttpStatus.OK, () -> apprentices.changeTutor(connection,
                id(apprenticeId), contactOrNull(body), body));
    }

    @PutMapping("/{apprenticeId}/programme-dates")
    @Operation(summary = "Change the dates of the ACTIVE programme",
            description = "startDate and plannedEndDate of the programme in progress.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ProgrammeDatesRequest.class))))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApprenticeRecord.class)))
    ResponseEntity<String> changeProgrammeDates(
            @AuthenticationPrincipal Connection connection,
            @PathVariable String apprenticeId,
            @IdempotencyKey @RequestHeader(name = HEADER, required = false) String key,
            @RequestBody(required = false) String body) {
        return writes.run(connection, key, HttpStatus.OK, () -> {
            ProgrammeDatesRequest dates = parse(body, ProgrammeDatesRequest.class, ProgrammeDatesRequest::check);
            return apprentices.changeProgrammeDates(connection, id(apprenticeId), dates.startDate(),
                    dates.plannedEndDate(), body);
        });
    }

    @PutMapping("/{apprenticeId}/programme")
    @Operation(summary = "Amend the ACTIVE programme in place",
            description = "Replaces the ACTIVE programme's standard, version, option and dates without stopping it "
                    + "or starting another (unlike programme-changes): the provider's programme definition changed, "
                    + "for example its standard version.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ProgrammeRequest.class))))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApprenticeRecord.class)))
    ResponseEntity<String> amendProgramme(
            @AuthenticationPrincipal Connection connection,
            @PathVariable String apprenticeId,
            @IdempotencyKey @RequestHeader(name = HEADER, required = false) String key,
            @RequestBody(required = false) String body) {
        return writes.run(connection, key, HttpStatus.OK, () -> apprentices.amendProgramme(connection,
                id(apprenticeId), parse(body, ProgrammeRequest.class, ProgrammeRequest::parse), body));
    }

    @PostMapping("/{apprenticeId}/programme-changes")
    @Operation(summary = "Change programme",
            description = "Stops the ACTIVE programme (STOPPED) and starts the new one (ACTIVE) in one step.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ProgrammeChangeRequest.class))))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApprenticeRecord.class)))
    ResponseEntity<String> changeProgramme(
            @AuthenticationPrincipal Connection connection,
            @PathVariable String apprenticeId,
            @IdempotencyKey @RequestHeader(name = HEADER, required = false) String key,
            @RequestBody(required = false) String body) {
        return writes.run(connection, key, HttpStatus.OK, () -> {
            ProgrammeChangeRequest.ProgrammeChange change = parse(body, ProgrammeChangeRequest.class,
                    ProgrammeChangeRequest::parse);
            return apprentices.changeProgramme(connection, id(apprenticeId), change.effectiveDate(),
                    change.programme(), body);
        });
    }

    @PostMapping("/{apprenticeId}/circumstances")
    @Operation(summary = "Record a change of circumstance", description = "BREAK_IN_LEARNING → SUSPENDED; "
            + "RETURN_TO_LEARNING {plannedEndDate} → ON_PROGRAMME and the ACTIVE programme's plannedEndDate; "
            + "WITHDRAWAL and TRANSFER_TO_ANOTHER_EPAO → WITHDRAWN; CANCELLATION → CANCELLED; "
            + "CHANGE_OF_PROGRAMME {programme} leaves the status.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = CircumstanceRequest.class))))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApprenticeRecord.class)))
    ResponseEntity<String> recordCircumstance(
            @AuthenticationPrincipal Connection connection,
            @PathVariable String apprenticeId,
            @IdempotencyKey @RequestHeader(name = HEADER, required = false) String key,
            @RequestBody(required = false) String body) {
        return writes.run(connection, key, HttpStatus.OK, () -> {
            CircumstanceRequest request = parse(body, CircumstanceRequest.class, this::check);
            return apprentices.recordCircumstance(connection, id(apprenticeId), request.type(),
                    request.effectiveDate(), request.detailOrEmpty(), body);
        });
    }

    private CircumstanceRequest check(CircumstanceRequest request, FieldChecks checks) {
        request.check(checks);
        Object programme = request.detailOrEmpty().get("programme");
        if (request.type() == CircumstanceType.CHANGE_OF_PROGRAMME && programme != null) {
            checkProgramme(programme, checks.nested("detail"));
        }
        return request;
    }

    /** The new programme a change-of-programme circumstance carries is checked like a programme change's. */
    private void checkProgramme(Object raw, FieldChecks inDetail) {
        ProgrammeRequest programme = raw instanceof Map ? programmeOrNull(raw) : null;
        if (programme == null) {
            inDetail.reject("programme", "must be a Programme: standardCode, standardReference, standardVersion, "
                    + "option, startDate and plannedEndDate");
            return;
        }
        programme.parse(inDetail.nested("programme"));
    }

    /** Null for a field of the wrong type or an unknown field. */
    private ProgrammeRequest programmeOrNull(Object raw) {
        try {
            return json.convertValue(raw, ProgrammeRequest.class);
        } catch (JacksonException | IllegalArgumentException e) {
            return null;
        }
    }

    private Contact contactOrNull(String body) {
        return body != null && body.strip().equals("null") ? null
                : parse(body, ContactRequest.class, ContactRequest::parse);
    }

    private <R, T> T parse(String body, Class<R> type, BiFunction<R, FieldChecks, T> check) {
        return bodies.parse(body, type, check);
    }

    private static ApprenticeId id(String raw) {
        return ApprenticeId.parse(raw).orElseThrow(() -> new NotFoundException("Apprentice", raw));
    }
}
