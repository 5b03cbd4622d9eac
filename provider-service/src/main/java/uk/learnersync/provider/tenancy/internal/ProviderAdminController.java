package uk.learnersync.provider.tenancy.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.Text;
import uk.learnersync.provider.tenancy.Providers;
import uk.learnersync.provider.tenancy.Providers.NewProvider;
import uk.learnersync.provider.tenancy.Ukprn;

@RestController
@RequestMapping("/api/admin/providers")
@Tag(name = "Operator", description = "The platform operator's API (LEARNERSYNC_ADMIN_TOKEN)")
class ProviderAdminController {

    private final Providers providers;

    ProviderAdminController(Providers providers) {
        this.providers = providers;
    }

    record CreateProviderRequest(String ukprn, String name) {
    }

    record CreatedProvider(String id, String ukprn, String name, String apiToken) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a provider", description = "The apiToken is shown only in this answer; it is stored hashed.")
    CreatedProvider create(@RequestBody CreateProviderRequest request) {
        FieldChecks checks = new FieldChecks();
        Ukprn ukprn = checks.required("ukprn", request.ukprn(), Ukprn::of);
        String name = checks.required("name", request.name(), value -> Text.line(value, 200));
        checks.throwIfAny();
        NewProvider created = providers.create(ukprn, name);
        return new CreatedProvider(created.provider().id().toString(), ukprn.value(), name, created.apiToken());
    }
}
