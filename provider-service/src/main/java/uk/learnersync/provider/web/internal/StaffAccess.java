package uk.learnersync.provider.web.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import uk.learnersync.provider.staff.StaffRole;

/** What a signed-in provider user may do in the pages, by role; the security rules and the pages agree on it. */
public final class StaffAccess {

    public static final String ADMIN = StaffRole.ADMIN.name();

    /** Every role but READ_ONLY may change records. */
    public static final String[] CHANGING_ROLES = Arrays.stream(StaffRole.values())
            .filter(role -> role != StaffRole.READ_ONLY).map(Enum::name).toArray(String[]::new);

    private StaffAccess() {
    }

    /** The signed-in user as the pages show them; {@code null} when nobody is signed in. */
    static SignedIn of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return null;
        }
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .collect(Collectors.toSet());
        if (roles.isEmpty()) {
            return null;
        }
        boolean canChange = Arrays.stream(CHANGING_ROLES).anyMatch(roles::contains);
        return new SignedIn(authentication.getName(), canChange, roles.contains(ADMIN));
    }

    /** @param canChange whether the user may change records (every form is hidden otherwise) */
    record SignedIn(String email, boolean canChange, boolean admin) {
    }
}
