package uk.learnersync.provider.staff.internal;

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
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ETagged;
import uk.learnersync.provider.shared.ETags;
import uk.learnersync.provider.shared.ExpectedVersion;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.provider.shared.MergePatch;
import uk.learnersync.provider.staff.CaseOwner;
import uk.learnersync.provider.staff.CaseOwnerDetails;
import uk.learnersync.provider.staff.CaseOwnerId;
import uk.learnersync.provider.staff.CaseOwnerManagement;
import uk.learnersync.provider.tenancy.CurrentProvider;

@RestController
@RequestMapping("/api/v1/case-owners")
@Tag(name = "Case owners", description = "Tutors; a change reaches the EPA record of every linked learner (CO-1..CO-4)")
class CaseOwnerController {

    private final CaseOwnerManagement caseOwners;
    private final CurrentProvider provider;
    private final MergePatch mergePatch;

    CaseOwnerController(CaseOwnerManagement caseOwners, CurrentProvider provider, MergePatch mergePatch) {
        this.caseOwners = caseOwners;
        this.provider = provider;
        this.mergePatch = mergePatch;
    }

    record CaseOwnerRequest(String givenName, String familyName, String email, String phone) {

        static CaseOwnerRequest of(CaseOwnerDetails details) {
            return new CaseOwnerRequest(details.givenName(), details.familyName(), details.email(), details.phone());
        }
    }

    record CaseOwnerResource(String id, String givenName, String familyName, String email, String phone) {

        static CaseOwnerResource of(CaseOwner caseOwner) {
            return new CaseOwnerResource(caseOwner.id().toString(), caseOwner.givenName(), caseOwner.familyName(),
                    caseOwner.email(), caseOwner.phone());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a case owner",
            description = "A case owner is the learner's tutor at the provider, sent to the EPA platform as the tutor "
                    + "of every learner linked to them (CO-1..CO-4). Names follow ESFA's pattern for names.")
    @ETagged
    ResponseEntity<CaseOwnerResource> create(@RequestBody CaseOwnerRequest request) {
        CaseOwnerDetails details = validate(request);
        return ETags.created(caseOwners.create(provider.id(), details, provider.origin(Channel.API)),
                CaseOwnerResource::of);
    }

    @GetMapping
    @Operation(summary = "List the provider's case owners",
            description = "By name.")
    Map<String, List<CaseOwnerResource>> list() {
        return Map.of("items", caseOwners.list(provider.id()).stream().map(CaseOwnerResource::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a case owner",
            description = "With its ETag, for a PATCH with If-Match.")
    @ETagged
    ResponseEntity<CaseOwnerResource> get(@PathVariable UUID id) {
        return ETags.ok(caseOwners.get(provider.id(), new CaseOwnerId(id)), CaseOwnerResource::of);
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change a case owner (JSON merge patch)",
            description = "Synced to the EPA record of every linked learner (CO-2)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = CaseOwnerRequest.class))))
    @ETagged
    ResponseEntity<CaseOwnerResource> patch(@PathVariable UUID id,
                                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                            @RequestBody JsonNode patch) {
        return ETags.ok(caseOwners.update(provider.id(), new CaseOwnerId(id), ExpectedVersion.ifMatch(ifMatch),
                current -> validate(mergePatch.apply(CaseOwnerRequest.of(current), patch, CaseOwnerRequest.class)),
                provider.origin(Channel.API)), CaseOwnerResource::of);
    }

    private static CaseOwnerDetails validate(CaseOwnerRequest request) {
        FieldChecks checks = new FieldChecks();
        CaseOwnerDetails details = CaseOwnerDetails.parse(checks, request.givenName(), request.familyName(),
                request.email(), request.phone());
        checks.throwIfAny();
        return details;
    }
}
