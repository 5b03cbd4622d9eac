package uk.learnersync.service;

import java.math.BigInteger;
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
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.FieldError;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.NotFoundException;

/**
 * Turns every refusal both services share into RFC 9457 problem+json, with one entry per bad field on a
 * 400, and an unexpected failure into a 500 that reveals nothing. Each service extends it as its
 * {@code @RestControllerAdvice}, scoped to its API, and adds the refusals of its own.
 */
public abstract class ProblemJsonExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemJsonExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    public ResponseEntity<Object> invalidInput(InvalidInputException e) {
        return validationProblem(e.errors());
    }

    /** A body the controller read itself, with a value of the wrong type or a field it does not know. */
    @ExceptionHandler(DatabindException.class)
    public ResponseEntity<Object> unreadableValue(DatabindException e) {
        return validationProblem(List.of(fieldErrorOf(e)));
    }

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    public ResponseEntity<Object> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request could not be completed; nothing was changed. The failure has been logged.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof DatabindException databind) {
            return validationProblem(List.of(fieldErrorOf(databind)));
        }
        if (e.getCause() instanceof JacksonException) {
            return validationProblem(List.of(new FieldError("$", "is not well-formed JSON")));
        }
        return validationProblem(List.of(new FieldError("$", "a JSON body is required")));
    }

    /** The field Jackson could not read, named by its path in the body ({@code programme.startDate}, {@code addresses[0]}). */
    protected static FieldError fieldErrorOf(DatabindException e) {
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
        if (type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.getSimpleName().equals("LocalDate")) {
            return "a date in the form yyyy-MM-dd";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        return "an object";
    }

    protected static ResponseEntity<Object> validationProblem(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() == 1
                        ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are invalid; nothing was stored");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    protected static ResponseEntity<Object> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
