package uk.learnersync.provider.guard.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request that no controller method takes (a content type or HTTP method it does not accept) is
 * refused before any controller is chosen, so the API's own exception handler, scoped to the
 * controllers, never sees it; under {@code /api} it is answered with problem+json all the same.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmappedApiRequests {

    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, HttpRequestMethodNotSupportedException.class})
    ResponseEntity<ProblemDetail> refused(ServletException e, HttpServletRequest request) throws ServletException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // Rethrowing the exception itself leaves the web pages to Spring's default handling.
            throw e;
        }
        ErrorResponse refusal = (ErrorResponse) e;
        return ResponseEntity.status(refusal.getStatusCode()).headers(refusal.getHeaders()).body(refusal.getBody());
    }
}
