package uk.learnersync.epaplatform.web;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import uk.learnersync.epaplatform.apprentices.Refusal;
import uk.learnersync.epaplatform.apprentices.RefusalCode;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.NotFoundException;

/** Turns every refusal into RFC 9457 problem+json, with one entry per bad field on a 400. */
@RestControllerAdvice(basePackages = "uk.learnersync.epaplatform")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e) {
        return validationProblem(e.errors());
    }

    /** The provider-facing writes read their bodies themselves, so Jackson's refusals arrive here. */
    @ExceptionHandler(JacksonException.class)
    ResponseEntity<Object> unreadable(JacksonException e) {
        return validationProblem(List.of(e instanceof DatabindException databind
                ? fieldErrorOf(databind)
                : new FieldError("$", "is not well-formed JSON")));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
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

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JacksonException jackson) {
            return unreadable(jackson);
        }
        return validationProblem(List.of(new FieldError("$", "a JSON body is required")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request could not be completed; nothing was changed. The failure has been logged.");
    }

    private static FieldError fieldErrorOf(DatabindException e) {
        String field = e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (field.isEmpty()) {
            field = "$";
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new FieldError(field, "is not a known field");
        }
        Class<?> target = e instanceof InvalidFormatException format ? format.getTargetType()
                : e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        return new FieldError(field, target == null ? "has an invalid value" : "must be " + describe(target));
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.getSimpleName().equals("LocalDate")) {
            return "a date in the form yyyy-MM-dd";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        return "an object";
    }

    private static ResponseEntity<Object> validationProblem(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() == 1
                        ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid; nothing was applied");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
