package uk.learnersync.provider.shared;

/** The caller is signed in but their role does not allow this action (answered with 403). */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
