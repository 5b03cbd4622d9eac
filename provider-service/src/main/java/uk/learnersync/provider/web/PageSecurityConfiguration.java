package uk.learnersync.provider.web;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import uk.learnersync.provider.web.internal.StaffAccess;

/**
 * Everything outside {@code /api}: public health, API docs and static assets; form sign-in, sessions
 * and CSRF for the pages. Anyone signed in may read; administration is for ADMIN users; every other
 * change needs a role that may change records, so a READ_ONLY user is refused (403) whatever they post.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurityConfiguration {

    /**
     * Scripts, styles and fonts only from this service: GOV.UK Frontend and htmx are served as files
     * and started from a module script, so no inline script or style is ever needed.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        SignInThrottle throttle = new SignInThrottle(Clock.systemUTC());
        SimpleUrlAuthenticationFailureHandler refused = new SimpleUrlAuthenticationFailureHandler("/login?error");
        SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
        signedIn.setDefaultTargetUrl("/");
        return http
                .addFilterBefore(new SignInThrottle.Gate(throttle), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/error", "/login", "/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/admin/**").hasRole(StaffAccess.ADMIN)
                        .requestMatchers(HttpMethod.GET).authenticated()
                        .requestMatchers(HttpMethod.HEAD).authenticated()
                        .anyRequest().hasAnyRole(StaffAccess.CHANGING_ROLES))
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler((request, response, exception) -> {
                            throttle.failed(request.getParameter("username"));
                            refused.onAuthenticationFailure(request, response, exception);
                        })
                        .successHandler((request, response, authentication) -> {
                            throttle.succeeded(authentication.getName());
                            signedIn.onAuthenticationSuccess(request, response, authentication);
                        }))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }
}
