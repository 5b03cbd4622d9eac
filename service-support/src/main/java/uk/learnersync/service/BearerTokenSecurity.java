package uk.learnersync.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * An API signed in to with {@code Authorization: Bearer <token>}: stateless, without CSRF tokens (no
 * cookie is involved), and a missing, unknown or insufficient token is a 401 problem+json, never a 403,
 * so that a caller learns nothing about what the token cannot see.
 */
public final class BearerTokenSecurity {

    private BearerTokenSecurity() {
    }

    /**
     * Applies all of that to {@code http}; {@code authenticate} turns a presented token into who it
     * belongs to, or nothing for a token it does not know.
     */
    public static HttpSecurity stateless(HttpSecurity http, Function<String, Optional<Authentication>> authenticate)
            throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(authenticate), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, denied) -> entryPoint.commence(request, response, null)));
    }

    /** {@code principal} signed in with {@code role} alone. */
    public static Authentication authenticated(Object principal, String role) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }
}
