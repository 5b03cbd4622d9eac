package uk.learnersync.service;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} and, when the token is recognised, signs the request
 * in as what it belongs to. An unrecognised token leaves the request anonymous, so that the entry
 * point answers 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    /** Longer than any token either service issues: a longer one is not looked up. */
    private static final int MAX_TOKEN_LENGTH = 200;

    private final Function<String, Optional<Authentication>> authenticate;

    BearerTokenFilter(Function<String, Optional<Authentication>> authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).strip();
            if (!token.isEmpty() && token.length() <= MAX_TOKEN_LENGTH) {
                authenticate.apply(token).ifPresent(authentication -> {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(authentication);
                    SecurityContextHolder.setContext(context);
                });
            }
        }
        chain.doFilter(request, response);
    }
}
