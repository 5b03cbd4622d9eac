package uk.learnersync.epaplatform.organisations.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
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

    @PostMapping
    @Operation(summary = "Create an organisation",
            description = "201 when created; 200 when it exists with the same name; 409 when it exists with another name.")
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
}
