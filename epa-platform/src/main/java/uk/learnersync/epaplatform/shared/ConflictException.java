package uk.learnersync.epaplatform.shared;

/** The request is well formed but the record's state forbids it: 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
