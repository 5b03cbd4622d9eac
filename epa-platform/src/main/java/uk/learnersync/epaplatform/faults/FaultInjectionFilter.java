package uk.learnersync.epaplatform.faults;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.learnersync.epaplatform.organisations.Connection;
import uk.learnersync.epaplatform.organisations.Ukprn;

/**
 * Applies the fault switch to the provider-facing API only. It belongs in that API's security chain
 * after the bearer token has been resolved to its connection, so that a provider's own fault can
 * find it, and before the token is required, so that a call with no valid token still meets the
 * global fault as from a platform that is down. Either way it runs before the controllers: a call
 * it fails has changed nothing.
 */
public class FaultInjectionFilter extends OncePerRequestFilter {

    private final Faults faults;

    public FaultInjectionFilter(Faults faults) {
        this.faults = faults;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FaultSettings settings = faults.forCall(callersProvider());
        switch (settings.mode()) {
            case DOWN -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, "5");
                problem(response, HttpStatus.SERVICE_UNAVAILABLE, "The EPA platform is down (fault DOWN)");
                return;
            }
            case ERRORS -> {
                if (ThreadLocalRandom.current().nextDouble() < settings.errorRate()) {
                    problem(response, HttpStatus.INTERNAL_SERVER_ERROR,
                            "The EPA platform failed; nothing was changed (fault ERRORS)");
                    return;
                }
            }
            case SLOW -> pause(settings.delayMs());
            case REJECT -> {
                if (isWrite(request)) {
                    problem(response, HttpStatus.UNPROCESSABLE_CONTENT,
                            "The EPA platform refuses this change (fault REJECT)");
                    return;
                }
            }
            case NONE -> {
            }
        }
        chain.doFilter(request, response);
    }

    private static Optional<Ukprn> callersProvider() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Connection connection
                ? Optional.of(connection.providerUkprn())
                : Optional.empty();
    }

    private static boolean isWrite(HttpServletRequest request) {
        return !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD");
    }

    private static void pause(int delayMs) {
        try {
            Thread.sleep(delayMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("""
                {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(status.getReasonPhrase(), status.value(), detail));
    }
}
