package uk.learnersync.epaplatform.shared;

/** The resource does not exist for the caller (another connection's apprentice looks the same): 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
