package uk.learnersync.provider.shared;

/** The resource does not exist for the caller's provider (another provider's resource looks the same). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
