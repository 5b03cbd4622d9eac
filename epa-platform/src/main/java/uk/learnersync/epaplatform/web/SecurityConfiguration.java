package uk.learnersync.epaplatform.web;

import static uk.learnersync.service.BearerTokenSecurity.authenticated;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

import uk.learnersync.epaplatform.faults.FaultInjectionFilter;
import uk.learnersync.epaplatform.faults.Faults;
import uk.learnersync.epaplatform.organisations.Organisations;
import uk.learnersync.service.BearerTokenSecurity;
import uk.learnersync.service.OperatorToken;

/**
 * Who may call what: {@code /admin/**} takes the operator's token, {@code /api/**} a connection's
 * token (the connection becomes the principal), the pages take HTTP Basic as {@code operator} with
 * the operator's token as password. All of it is stateless; only the pages' forms need CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String OPERATOR_USER = "operator";

    /** The pages use GOV.UK Frontend's stylesheet, fonts and images from this server, and no script. */
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain operatorApi(HttpSecurity http, OperatorToken adminToken) throws Exception {
        return BearerTokenSecurity.stateless(http.securityMatcher("/admin/**"), token -> adminToken.matches(token)
                        ? Optional.of(authenticated(OPERATOR_USER, "OPERATOR"))
                        : Optional.empty())
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("OPERATOR"))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain providerApi(HttpSecurity http, Organisations organisations, Faults faults) throws Exception {
        // After the token is resolved (a provider's own fault needs its connection), before it is required.
        return BearerTokenSecurity.stateless(http.securityMatcher("/api/**"), token -> organisations.connectionOfToken(token)
                        .map(connection -> authenticated(connection, "CONNECTION")))
                .addFilterAfter(new FaultInjectionFilter(faults), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("CONNECTION"))
                .build();
    }

    /**
     * The pages sign in with HTTP Basic and no session. A browser sends remembered Basic credentials
     * with a form posted from any site, so every form carries a CSRF token (double-submitted in a cookie).
     */
    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, OperatorToken adminToken) throws Exception {
        return http.securityMatcher("/", "/organisations/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // Every request signs in afresh with Basic: renewing the token at each sign-in would stale every open form.
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .httpBasic(basic -> basic.realmName("EPA platform"))
                .authenticationManager(authentication -> {
                    if (OPERATOR_USER.equals(authentication.getName())
                            && authentication.getCredentials() instanceof String password
                            && adminToken.matches(password)) {
                        return authenticated(OPERATOR_USER, "OPERATOR");
                    }
                    throw new BadCredentialsException("Sign in as operator with the operator token");
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("OPERATOR"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/assets/**", "/styles/**", "/error")
                        .permitAll()
                        .anyRequest().denyAll())
                // Any other path names nothing here: "Page not found", rather than a refusal that says nothing useful.
                .exceptionHandling(refusal -> refusal
                        .authenticationEntryPoint((request, response, e) -> response.sendError(HttpServletResponse.SC_NOT_FOUND))
                        .accessDeniedHandler((request, response, e) -> response.sendError(HttpServletResponse.SC_NOT_FOUND)))
                // The error page is one of the pages: the same policy.
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY)))
                .build();
    }
}
