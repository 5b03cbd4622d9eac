package uk.learnersync.provider.staff.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.learnersync.provider.shared.ConflictException;
import uk.learnersync.provider.shared.FieldChecks;
import uk.learnersync.provider.shared.InvalidValueException;
import uk.learnersync.provider.shared.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.shared.Text;
import uk.learnersync.provider.staff.StaffRole;
import uk.learnersync.provider.tenancy.Providers;

@RestController
@Tag(name = "Operator")
class StaffUserAdminController {

    static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final Providers providers;
    private final JdbcClient jdbc;

    StaffUserAdminController(Providers providers, JdbcClient jdbc) {
        this.providers = providers;
        this.jdbc = jdbc;
    }

    record CreateUserRequest(String email, String name, String password, List<String> roles) {
    }

    record CreatedUser(String id, String email, String name, List<String> roles) {
    }

    @PostMapping("/api/admin/providers/{providerId}/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user who signs in to the provider's web pages")
    @Transactional
    CreatedUser create(@PathVariable UUID providerId, @RequestBody CreateUserRequest request) {
        ProviderId provider = new ProviderId(providerId);
        providers.find(provider).orElseThrow(() -> new NotFoundException("Provider", providerId));
        FieldChecks checks = new FieldChecks();
        String email = checks.required("email", request.email(), Text::email);
        String name = checks.required("name", request.name(), value -> Text.line(value, 200));
        String password = checks.required("password", request.password(), StaffUserAdminController::password);
        Set<StaffRole> roles = checks.required("roles", request.roles(), StaffUserAdminController::roles);
        checks.throwIfAny();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            INSERT INTO staff_users (id, provider_id, email, name, password_hash, roles)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, providerId, email, name, PASSWORDS.encode(password),
                            roles.stream().map(Enum::name).collect(Collectors.joining(",")))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A user with email " + email + " already exists");
        }
        return new CreatedUser(id.toString(), email, name, roles.stream().map(Enum::name).toList());
    }

    private static String password(String value) {
        if (value.length() < 12 || value.length() > 128) {
            throw new InvalidValueException("must be 12 to 128 characters long");
        }
        return value;
    }

    private static Set<StaffRole> roles(List<String> values) {
        if (values.isEmpty()) {
            throw new InvalidValueException("must name at least one role");
        }
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String value : values) {
            try {
                roles.add(StaffRole.valueOf(value));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidValueException("must each be one of " + List.of(StaffRole.values()));
            }
        }
        return roles;
    }
}
