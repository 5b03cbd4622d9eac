package uk.learnersync.provider.tenancy.internal;

import static uk.learnersync.service.BearerTokenSecurity.authenticated;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import uk.learnersync.service.BearerTokenSecurity;
import uk.learnersync.service.OperatorToken;

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
    SecurityFilterChain operatorApi(HttpSecurity http, OperatorToken adminToken) throws Exception {
        return BearerTokenSecurity.stateless(http.securityMatcher("/api/admin/**"), token -> adminToken.matches(token)
                        ? Optional.of(authenticated("operator", OPERATOR))
                        : Optional.empty())
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(OPERATOR))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain providerApi(HttpSecurity http, JdbcProviders providers) throws Exception {
        return BearerTokenSecurity.stateless(http.securityMatcher("/api/**"), token -> token.startsWith(JdbcProviders.TOKEN_PREFIX)
                        ? providers.ownerOfToken(token).map(owner ->
                                authenticated(new ApiTokenPrincipal(owner.providerId(), owner.tokenId()), PROVIDER_API))
                        : Optional.empty())
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(PROVIDER_API))
                .build();
    }
}
