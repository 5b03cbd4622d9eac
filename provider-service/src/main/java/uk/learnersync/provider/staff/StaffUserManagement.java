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

import uk.learnersync.provider.shared.AuditTrail;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidValueException;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.validation.Text;

/** Creating the people who sign in to a provider's pages; passwords are stored only as bcrypt hashes. */
@Service
public class StaffUserManagement {

    private static final PasswordEncoder PASSWORDS = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    StaffUserManagement(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Validates and creates a user; every bad field is reported at once, and a taken email is a
     * conflict. The audit trail records who added them (never the password).
     */
    @Transactional
    public StaffUser create(ProviderId providerId, String email, String name, String password, List<String> roles,
                            ChangeOrigin origin) {
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
        StaffUser user = new StaffUser(id, providerId, checkedEmail, checkedName, checkedRoles);
        audit.record(providerId, "staff-user", id, origin, null, user);
        return user;
    }

    /** The provider's users, by name. */
    @Transactional(readOnly = true)
    public List<StaffUser> list(ProviderId providerId) {
        return jdbc.sql("SELECT id, email, name, roles FROM staff_users WHERE provider_id = ? ORDER BY lower(name), id")
                .param(providerId.value())
                .query((rs, row) -> new StaffUser(rs.getObject("id", UUID.class), providerId, rs.getString("email"),
                        rs.getString("name"), parseRoles(rs.getString("roles"))))
                .list();
    }

    private static Set<StaffRole> parseRoles(String stored) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String role : stored.split(",")) {
            roles.add(StaffRole.valueOf(role));
        }
        return roles;
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
