package uk.learnersync.provider.web.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import uk.learnersync.provider.automations.Approver;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
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
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .forEach(authority -> Arrays.stream(StaffRole.values())
                        .filter(role -> authority.equals("ROLE_" + role.name())).forEach(roles::add));
        if (roles.isEmpty()) {
            return null;
        }
        return new SignedIn(authentication.getName(), roles);
    }

    /** A signed-in provider user and their roles. */
    record SignedIn(String email, Set<StaffRole> roles) {

        /** Whether the user may change records (every form is hidden otherwise). */
        public boolean canChange() {
            return roles.stream().anyMatch(role -> role != StaffRole.READ_ONLY);
        }

        public boolean admin() {
            return roles.contains(StaffRole.ADMIN);
        }

        /** The user as the automations module judges a decision, acting through {@code origin}. */
        Approver approver(ChangeOrigin origin) {
            return Approver.person(origin, roles);
        }

        /** Whether the user may approve or reject automations, as the automations module decides it. */
        public boolean mayApprove() {
            return approver(new ChangeOrigin(email, Channel.UI)).mayApprove();
        }
    }
}
