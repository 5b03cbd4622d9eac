package uk.learnersync.validation;

/** The request is well formed but the current state forbids it (answered with 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
