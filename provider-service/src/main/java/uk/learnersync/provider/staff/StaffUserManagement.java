package uk.learnersync.provider.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.shared.ConflictException;
import uk.learnersync.provider.shared.FieldChecks;
import uk.learnersync.provider.shared.InvalidValueException;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.shared.Text;

/** Creating the people who sign in to a provider's pages; passwords are stored only as bcrypt hashes. */
@Service
public class StaffUserManagement {

    private static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final JdbcClient jdbc;

    StaffUserManagement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Validates and creates a user; every bad field is reported at once, and a taken email is a conflict. */
    @Transactional
    public StaffUser create(ProviderId providerId, String email, String name, String password, List<String> roles) {
        FieldChecks checks = new FieldChecks();
        String checkedEmail = checks.required("email", email, Text::email);
        String checkedName = checks.required("name", name, value -> Text.line(value, 200));
        String checkedPassword = checks.required("password", password, StaffUserManagement::password);
        Set<StaffRole> checkedRoles = checks.required("roles", roles, StaffUserManagement::roles);
        checks.throwIfAny();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            INSERT INTO staff_users (id, provider_id, email, name, password_hash, roles)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, providerId.value(), checkedEmail, checkedName, PASSWORDS.encode(checkedPassword),
                            checkedRoles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A user with email " + checkedEmail + " already exists");
        }
        return new StaffUser(id, providerId, checkedEmail, checkedName, checkedRoles);
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
