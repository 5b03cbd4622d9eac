package uk.learnersync.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects every bad field of a request before refusing it, so that a client learns of all its
 * mistakes at once. Each check returns the parsed value, or {@code null} after recording the error.
 * {@link #nested} names the fields of a nested object, e.g. {@code employer.address.postcode}.
 */
public final class FieldChecks {

    private final List<FieldError> errors;
    private final String prefix;

    public FieldChecks() {
        this(new ArrayList<>(), "");
    }

    private FieldChecks(List<FieldError> errors, String prefix) {
        this.errors = errors;
        this.prefix = prefix;
    }

    /** Checks of the object in {@code field}, reporting into the same list. */
    public FieldChecks nested(String field) {
        return new FieldChecks(errors, prefix + field + ".");
    }

    /** Parses a required value; a missing or blank one is an error. */
    public <R, T> T required(String field, R raw, Function<R, T> parse) {
        if (raw == null || (raw instanceof String text && text.isBlank())) {
            reject(field, "is required");
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

    /** Reports a missing object; gives whether it is there, so that its own fields can be checked. */
    public boolean present(String field, Object raw) {
        if (raw == null) {
            reject(field, "is required");
            return false;
        }
        return true;
    }

    private <R, T> T parse(String field, R raw, Function<R, T> parse) {
        try {
            return parse.apply(raw);
        } catch (InvalidValueException e) {
            reject(field, e.getMessage());
            return null;
        }
    }

    /** Records an error that a rule across fields found. */
    public void reject(String field, String message) {
        errors.add(new FieldError(prefix + field, message));
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
