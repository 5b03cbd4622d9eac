package uk.learnersync.epaplatform.shared;

/** Thrown by a value check given a value it cannot accept; the message is shown to the caller as is. */
public class InvalidValueException extends RuntimeException {

    public InvalidValueException(String message) {
        super(message);
    }
}
