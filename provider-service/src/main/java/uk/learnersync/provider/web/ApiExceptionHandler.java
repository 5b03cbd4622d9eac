package uk.learnersync.provider.web;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import uk.learnersync.provider.shared.NotPermittedException;
import uk.learnersync.provider.shared.RecordChangedException;
import uk.learnersync.service.ProblemJsonExceptionHandler;
import uk.learnersync.validation.FieldError;

/**
 * Turns every refusal of the REST API into RFC 9457 problem+json, with one entry per bad field. Only
 * for REST controllers: the pages answer with pages (see {@code internal.PageAdvice}).
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ProblemJsonExceptionHandler {

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<Object> notPermitted(NotPermittedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(RecordChangedException.class)
    ResponseEntity<Object> recordChanged(RecordChangedException e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Precondition failed", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> badPathOrParameter(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            // A malformed ID cannot name an existing resource.
            return problem(HttpStatus.NOT_FOUND, "Not found", "No resource has the ID " + e.getValue());
        }
        return validationProblem(List.of(new FieldError(e.getName(), "has an invalid value")));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return validationProblem(e.getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList());
    }
}
