package uk.learnersync.provider.programmes.internal;

import static org.springframework.http.HttpHeaders.IF_MATCH;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import uk.learnersync.provider.programmes.Programme;
import uk.learnersync.provider.programmes.ProgrammeDetails;
import uk.learnersync.provider.programmes.ProgrammeId;
import uk.learnersync.provider.programmes.ProgrammeManagement;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ETagged;
import uk.learnersync.provider.shared.ETags;
import uk.learnersync.provider.shared.ExpectedVersion;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.provider.shared.MergePatch;
import uk.learnersync.provider.tenancy.CurrentProvider;

@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes", description = "Apprenticeship programmes: a standard (or a foundation apprenticeship), its "
        + "options and the default assessment organisation (EPAO); or an apprenticeship unit (ILR 2026/27), which has "
        + "no end-point assessment")
class ProgrammeController {

    private final ProgrammeManagement programmes;
    private final CurrentProvider provider;
    private final MergePatch mergePatch;

    ProgrammeController(ProgrammeManagement programmes, CurrentProvider provider, MergePatch mergePatch) {
        this.programmes = programmes;
        this.provider = provider;
        this.mergePatch = mergePatch;
    }

    /** An apprenticeship unit names its {@code unitAimRef} and nothing of a standard or an EPAO. */
    record ProgrammeRequest(String name, Integer standardCode, String standardReference, String standardVersion,
                            List<String> options, String epaoId, String unitAimRef) {

        static ProgrammeRequest of(ProgrammeDetails details) {
            return new ProgrammeRequest(details.name(), details.standardCode(), details.standardReference(),
                    details.standardVersion(), details.options(),
                    details.epaoId() == null ? null : details.epaoId().value(), details.unitAimRef());
        }
    }

    record ProgrammeResource(String id, String name, String apprenticeshipType, Integer standardCode,
                             String standardReference, String standardVersion, List<String> options, String epaoId,
                             String unitAimRef) {

        static ProgrammeResource of(Programme programme) {
            return new ProgrammeResource(programme.id().toString(), programme.name(), programme.type().name(),
                    programme.standardCode(), programme.standardReference(), programme.standardVersion(),
                    programme.options(), programme.epaoId() == null ? null : programme.epaoId().value(),
                    programme.unitAimRef());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a programme",
            description = "A standard code in the shipped catalogue must come with its IfATE reference (ST, or FA for a "
                    + "foundation apprenticeship); an apprenticeship unit gives its name and unitAimRef only")
    @ETagged
    ResponseEntity<ProgrammeResource> create(@RequestBody ProgrammeRequest request) {
        ProgrammeDetails details = validate(request);
        return ETags.created(programmes.create(provider.id(), details, provider.origin(Channel.API)),
                ProgrammeResource::of);
    }

    @GetMapping
    @Operation(summary = "List the provider's programmes",
            description = "Each with its standard, version, options and EPAO.")
    Map<String, List<ProgrammeResource>> list() {
        return Map.of("items", programmes.list(provider.id()).stream().map(ProgrammeResource::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a programme",
            description = "With its ETag, for a PATCH with If-Match.")
    @ETagged
    ResponseEntity<ProgrammeResource> get(@PathVariable UUID id) {
        return ETags.ok(programmes.get(provider.id(), new ProgrammeId(id)), ProgrammeResource::of);
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change a programme (JSON merge patch)",
            description = "A new epaoId, standardVersion or options reaches every learner on the programme (CV-5), "
                    + "except learners whose EPAO was set for them alone.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ProgrammeRequest.class))))
    @ETagged
    ResponseEntity<ProgrammeResource> patch(@PathVariable UUID id,
                                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                            @RequestBody JsonNode patch) {
        return ETags.ok(programmes.update(provider.id(), new ProgrammeId(id), ExpectedVersion.ifMatch(ifMatch),
                current -> validate(mergePatch.apply(ProgrammeRequest.of(current), patch, ProgrammeRequest.class)),
                provider.origin(Channel.API)), ProgrammeResource::of);
    }

    private ProgrammeDetails validate(ProgrammeRequest request) {
        FieldChecks checks = new FieldChecks();
        ProgrammeDetails details;
        if (request.unitAimRef() == null) {
            details = programmes.parse(provider.id(), checks, request.name(), request.standardCode(),
                    request.standardReference(), request.standardVersion(), request.options(), request.epaoId());
        } else {
            unitHasNo(checks, "standardCode", request.standardCode());
            unitHasNo(checks, "standardReference", request.standardReference());
            unitHasNo(checks, "standardVersion", request.standardVersion());
            unitHasNo(checks, "epaoId", request.epaoId());
            if (request.options() != null && !request.options().isEmpty()) {
                checks.reject("options", "must be empty: an apprenticeship unit has no options");
            }
            details = programmes.parseUnit(checks, request.name(), request.unitAimRef());
        }
        checks.throwIfAny();
        return details;
    }

    private static void unitHasNo(FieldChecks checks, String field, Object value) {
        if (value != null) {
            checks.reject(field, "must be empty: an apprenticeship unit has no standard and no end-point assessment");
        }
    }
}
