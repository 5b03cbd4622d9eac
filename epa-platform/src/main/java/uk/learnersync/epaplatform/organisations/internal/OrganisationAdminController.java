package uk.learnersync.epaplatform.organisations.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.learnersync.epaplatform.organisations.EpaoId;
import uk.learnersync.epaplatform.organisations.Organisation;
import uk.learnersync.epaplatform.organisations.Organisations;
import uk.learnersync.epaplatform.organisations.Ukprn;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.Text;

@RestController
@RequestMapping("/admin/organisations")
@Tag(name = "Operator", description = "The platform operator's API (EPA_PLATFORM_ADMIN_TOKEN)")
@SecurityRequirement(name = "operatorToken")
class OrganisationAdminController {

    private final Organisations organisations;

    OrganisationAdminController(Organisations organisations) {
        this.organisations = organisations;
    }

    record OrganisationRequest(String epaoId, String name) {
    }

    record OrganisationResource(String epaoId, String name) {
    }

    record ConnectionRequest(String providerUkprn) {
    }

    record ConnectionResource(String connectionId, String apiToken) {
    }

    record ConnectionListing(String connectionId, String providerUkprn, boolean revoked, Instant createdAt,
                             @Schema(nullable = true) Instant revokedAt) {
    }

    record Items<T>(List<T> items) {
    }

    @PostMapping
    @Operation(operationId = "createOrganisation", summary = "Create an organisation",
            description = "201 when created; 200 when it exists with the same name; 409 when it exists with another name.")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OrganisationResource.class)))
    @ApiResponse(responseCode = "200", description = "It exists already, with the same name",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = OrganisationResource.class)))
    ResponseEntity<OrganisationResource> create(@RequestBody OrganisationRequest request) {
        FieldChecks checks = new FieldChecks();
        EpaoId epaoId = checks.required("epaoId", request.epaoId(), EpaoId::of);
        String name = checks.required("name", request.name(), value -> Text.line(value, 200));
        checks.throwIfAny();
        Organisations.Creation creation = organisations.create(new Organisation(epaoId, name));
        return ResponseEntity.status(creation.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new OrganisationResource(epaoId.value(), creation.organisation().name()));
    }

    @PostMapping("/{epaoId}/connections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a provider's connection",
            description = "The apiToken is shown only in this answer (it is stored hashed); the provider enters it as an epa-connection.")
    ConnectionResource connect(@PathVariable String epaoId, @RequestBody ConnectionRequest request) {
        EpaoId organisation = organisations.get(epaoId).epaoId();
        FieldChecks checks = new FieldChecks();
        Ukprn ukprn = checks.required("providerUkprn", request.providerUkprn(), Ukprn::of);
        checks.throwIfAny();
        Organisations.NewConnection created = organisations.connect(organisation, ukprn);
        return new ConnectionResource(created.connection().id().toString(), created.apiToken());
    }

    @GetMapping("/{epaoId}/connections")
    @Operation(operationId = "listConnections", summary = "List the organisation's connections",
            description = "Oldest first, revoked ones included.")
    Items<ConnectionListing> connections(@PathVariable String epaoId) {
        return new Items<>(organisations.connections(organisations.get(epaoId).epaoId()).stream()
                .map(state -> new ConnectionListing(state.connection().id().toString(),
                        state.connection().providerUkprn().value(), state.revoked(), state.createdAt(),
                        state.revokedAt()))
                .toList());
    }

    @DeleteMapping("/{epaoId}/connections/{connectionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a connection", description = "Its token then gets 401; its apprentices stay with "
            + "the organisation. Revoking a revoked connection changes nothing.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    void revoke(@PathVariable String epaoId, @PathVariable String connectionId) {
        organisations.revoke(organisations.get(epaoId).epaoId(), connectionId);
    }
}
