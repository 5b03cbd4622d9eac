package uk.learnersync.provider.staff.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.staff.StaffUser;
import uk.learnersync.provider.staff.StaffUserManagement;
import uk.learnersync.provider.tenancy.Providers;

@RestController
@Tag(name = "Operator")
class StaffUserAdminController {

    private final Providers providers;
    private final StaffUserManagement users;

    StaffUserAdminController(Providers providers, StaffUserManagement users) {
        this.providers = providers;
        this.users = users;
    }

    record CreateUserRequest(String email, String name, String password, List<String> roles) {
    }

    record CreatedUser(String id, String email, String name, List<String> roles) {
    }

    @PostMapping("/api/admin/providers/{providerId}/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user who signs in to the provider's web pages",
            description = "roles: any of ADMIN, APPROVER, TUTOR, READ_ONLY. The password is stored as a bcrypt hash.")
    CreatedUser create(@PathVariable UUID providerId, @RequestBody CreateUserRequest request) {
        ProviderId provider = new ProviderId(providerId);
        providers.find(provider).orElseThrow(() -> new NotFoundException("Provider", providerId));
        StaffUser user = users.create(provider, request.email(), request.name(), request.password(), request.roles(),
                new ChangeOrigin("operator", Channel.API));
        return new CreatedUser(user.id().toString(), user.email(), user.name(),
                user.roles().stream().map(Enum::name).sorted().toList());
    }
}
