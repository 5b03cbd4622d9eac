package uk.learnersync.epaplatform.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.core.JacksonException;
import uk.learnersync.epaplatform.apprentices.Refusal;
import uk.learnersync.epaplatform.apprentices.RefusalCode;
import uk.learnersync.service.ProblemJsonExceptionHandler;
import uk.learnersync.validation.FieldError;

/** Turns every refusal into RFC 9457 problem+json, with one entry per bad field on a 400. */
@RestControllerAdvice(basePackages = "uk.learnersync.epaplatform")
class ApiExceptionHandler extends ProblemJsonExceptionHandler {

    /** The provider-facing writes read their bodies themselves, so a body that is no JSON arrives here. */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<Object> notJson(JacksonException e) {
        return validationProblem(List.of(new FieldError("$", "is not well-formed JSON")));
    }

    /** A refusal for a business reason names it in {@code code}, so that a client can act on it without parsing text. */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<Object> refused(Refusal e) {
        HttpStatus status = e.code().isConflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(title(e.code()));
        problem.setProperty("code", e.code().name());
        return ResponseEntity.status(status).body(problem);
    }

    private static String title(RefusalCode code) {
        return switch (code) {
            case TEMPORARY_ULN -> "Temporary ULN";
            case DUPLICATE_RECORD -> "Duplicate record";
            case RECORD_CLOSED -> "Record closed";
            case LOCKED_AFTER_GATEWAY -> "Locked after gateway";
            case TRANSITION_NOT_ALLOWED -> "Transition not allowed";
        };
    }
}
