package uk.learnersync.validation;

/** Thrown by a value object given a value it cannot hold; the message is shown to the user as is. */
public class InvalidValueException extends RuntimeException {

    public InvalidValueException(String message) {
        super(message);
    }
}
