package uk.learnersync.provider.staff.internal;

import java.util.Arrays;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.tenancy.ProviderScoped;

/** Signs provider users in to the web pages by email and password. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    StaffUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return jdbc.sql("SELECT * FROM staff_users WHERE lower(email) = lower(?)")
                .param(email)
                .query((rs, row) -> new StaffPrincipal(rs.getString("email"), rs.getString("password_hash"),
                        new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("name"),
                        rs.getString("roles").split(",")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** A signed-in provider user; the audit trail names them by email. */
    static final class StaffPrincipal extends User implements ProviderScoped {

        private final ProviderId providerId;
        private final String displayName;

        StaffPrincipal(String email, String passwordHash, ProviderId providerId, String displayName, String[] roles) {
            super(email, passwordHash, Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
            this.providerId = providerId;
            this.displayName = displayName;
        }

        @Override
        public ProviderId providerId() {
            return providerId;
        }

        @Override
        public String actor() {
            return "user:" + getUsername();
        }

        public String displayName() {
            return displayName;
        }
    }
}
