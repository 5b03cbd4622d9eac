package uk.learnersync.provider.tenancy.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The two API surfaces: {@code /api/admin/**} for the platform operator's token, {@code /api/v1/**}
 * for providers' API tokens. Both are stateless and need no CSRF token (no cookies are involved).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String OPERATOR = "OPERATOR";
    static final String PROVIDER_API = "PROVIDER_API";

    @Bean
    @Order(1)
    SecurityFilterChain operatorApi(HttpSecurity http, AdminToken adminToken) throws Exception {
        BearerTokenFilter filter = new BearerTokenFilter(token -> adminToken.matches(token)
                ? Optional.of(authenticated("operator", OPERATOR))
                : Optional.empty());
        return stateless(http.securityMatcher("/api/admin/**"), filter)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(OPERATOR))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain providerApi(HttpSecurity http, JdbcProviders providers) throws Exception {
        BearerTokenFilter filter = new BearerTokenFilter(token -> token.startsWith(JdbcProviders.TOKEN_PREFIX)
                ? providers.ownerOfToken(token).map(owner ->
                        authenticated(new ApiTokenPrincipal(owner.providerId(), owner.tokenId()), PROVIDER_API))
                : Optional.empty());
        return stateless(http.securityMatcher("/api/**"), filter)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(PROVIDER_API))
                .build();
    }

    private static HttpSecurity stateless(HttpSecurity http, BearerTokenFilter filter) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(filter, AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, denied) ->
                                entryPoint.commence(request, response, null)));
    }

    private static Authentication authenticated(Object principal, String role) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }
}
