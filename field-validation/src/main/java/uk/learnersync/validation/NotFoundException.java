package uk.learnersync.validation;

/** The resource does not exist for the caller; another tenant's resource looks exactly the same (404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
