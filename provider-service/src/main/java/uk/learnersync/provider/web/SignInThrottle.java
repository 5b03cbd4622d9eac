package uk.learnersync.provider.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins to one account within
 * {@link #WINDOW}, that account cannot sign in for {@link #LOCK} — the form is refused before any
 * password is compared. Kept in memory per instance: a restart or another instance starts afresh,
 * which still bounds guessing to a handful of tries per lock period and instance.
 */
final class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_ACCOUNTS = 10_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    private record Failures(int count, Instant firstAt, Instant lockedUntil) {
    }

    boolean isLocked(String account) {
        Failures current = failures.get(key(account));
        return current != null && current.lockedUntil() != null && clock.instant().isBefore(current.lockedUntil());
    }

    void failed(String account) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED_ACCOUNTS) {
            failures.values().removeIf(entry -> entry.firstAt().plus(WINDOW).isBefore(now)
                    && (entry.lockedUntil() == null || entry.lockedUntil().isBefore(now)));
        }
        failures.compute(key(account), (name, current) -> {
            if (current == null || current.firstAt().plus(WINDOW).isBefore(now)) {
                return new Failures(1, now, null);
            }
            int count = current.count() + 1;
            return new Failures(count, current.firstAt(), count >= MAX_FAILURES ? now.plus(LOCK) : current.lockedUntil());
        });
    }

    void succeeded(String account) {
        failures.remove(key(account));
    }

    private static String key(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }

    /** Refuses a sign-in to a locked account before Spring Security checks its password. */
    static final class Gate extends OncePerRequestFilter {

        private final SignInThrottle throttle;

        Gate(SignInThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (throttle.isLocked(request.getParameter("username"))) {
                response.sendRedirect(request.getContextPath() + "/login?locked");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
