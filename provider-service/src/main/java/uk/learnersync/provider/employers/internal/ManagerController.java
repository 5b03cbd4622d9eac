package uk.learnersync.provider.employers.internal;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.Manager;
import uk.learnersync.provider.employers.ManagerDetails;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.employers.ManagerManagement;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ETagged;
import uk.learnersync.provider.shared.ETags;
import uk.learnersync.provider.shared.ExpectedVersion;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.provider.shared.MergePatch;
import uk.learnersync.provider.tenancy.CurrentProvider;

@RestController
@RequestMapping("/api/v1/managers")
@Tag(name = "Managers", description = "Employers' managers of apprentices; a change reaches the EPA record of every "
        + "linked learner (MG-1, MG-2)")
class ManagerController {

    private final ManagerManagement managers;
    private final EmployerStore employers;
    private final CurrentProvider provider;
    private final MergePatch mergePatch;

    ManagerController(ManagerManagement managers, EmployerStore employers, CurrentProvider provider,
                      MergePatch mergePatch) {
        this.managers = managers;
        this.employers = employers;
        this.provider = provider;
        this.mergePatch = mergePatch;
    }

    record ManagerRequest(String givenName, String familyName, String email, String phone, String employerId) {

        static ManagerRequest of(ManagerDetails details) {
            return new ManagerRequest(details.givenName(), details.familyName(), details.email(), details.phone(),
                    details.employerId().toString());
        }
    }

    record ManagerResource(String id, String givenName, String familyName, String email, String phone,
                           String employerId) {

        static ManagerResource of(Manager manager) {
            return new ManagerResource(manager.id().toString(), manager.givenName(), manager.familyName(),
                    manager.email(), manager.phone(), manager.employerId().toString());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a manager at one of the provider's employers",
            description = "A manager is the employer's line manager of an apprentice, sent to the EPA platform as the "
                    + "employer contact of every learner linked to them (MG-1..MG-6).")
    @ETagged
    ResponseEntity<ManagerResource> create(@RequestBody ManagerRequest request) {
        ManagerDetails details = validate(request);
        return ETags.created(managers.create(provider.id(), details, provider.origin(Channel.API)),
                ManagerResource::of);
    }

    @GetMapping
    @Operation(summary = "List the provider's managers", description = "employerId: only that employer's managers")
    Map<String, List<ManagerResource>> list(@RequestParam(required = false) UUID employerId) {
        EmployerId employer = employerId == null ? null : new EmployerId(employerId);
        return Map.of("items", managers.list(provider.id(), employer).stream().map(ManagerResource::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a manager",
            description = "With its ETag, for a PATCH with If-Match.")
    @ETagged
    ResponseEntity<ManagerResource> get(@PathVariable UUID id) {
        return ETags.ok(managers.get(provider.id(), new ManagerId(id)), ManagerResource::of);
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change a manager (JSON merge patch)",
            description = "employerId may name another of the provider's employers. Synced to the EPA record of "
                    + "every linked learner (MG-2)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ManagerRequest.class))))
    @ETagged
    ResponseEntity<ManagerResource> patch(@PathVariable UUID id,
                                          @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                          @RequestBody JsonNode patch) {
        return ETags.ok(managers.update(provider.id(), new ManagerId(id), ExpectedVersion.ifMatch(ifMatch),
                current -> validate(mergePatch.apply(ManagerRequest.of(current), patch, ManagerRequest.class)),
                provider.origin(Channel.API)), ManagerResource::of);
    }

    private ManagerDetails validate(ManagerRequest request) {
        FieldChecks checks = new FieldChecks();
        ManagerDetails details = ManagerDetails.parse(checks, request.givenName(), request.familyName(),
                request.email(), request.phone(), request.employerId(),
                employerId -> employers.exists(provider.id(), employerId));
        checks.throwIfAny();
        return details;
    }
}
