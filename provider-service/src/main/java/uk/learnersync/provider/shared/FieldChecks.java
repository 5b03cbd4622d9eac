package uk.learnersync.provider.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects every bad field of a request before refusing it, so that a client learns of all its
 * mistakes at once. Each check returns the parsed value, or {@code null} after recording the error.
 */
public final class FieldChecks {

    private final List<FieldError> errors = new ArrayList<>();

    /** Parses a required value; a missing or blank one is an error. */
    public <R, T> T required(String field, R raw, Function<R, T> parse) {
        if (raw == null || (raw instanceof String text && text.isBlank())) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return parse(field, raw, parse);
    }

    /** Parses an optional value; a missing or blank one gives {@code null}. */
    public <R, T> T optional(String field, R raw, Function<R, T> parse) {
        if (raw == null || (raw instanceof String text && text.isBlank())) {
            return null;
        }
        return parse(field, raw, parse);
    }

    private <R, T> T parse(String field, R raw, Function<R, T> parse) {
        try {
            return parse.apply(raw);
        } catch (InvalidValueException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    /** Records an error that a rule across fields found. */
    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Refuses the request if anything was wrong; call before changing anything. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
