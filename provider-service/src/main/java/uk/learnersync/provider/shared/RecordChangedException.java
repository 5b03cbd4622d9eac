package uk.learnersync.provider.shared;

/**
 * A change named the version of the record it was made against, and the record has moved on since
 * (answered with 412): nothing was changed, so that no one else's change is overwritten unseen (CV-6).
 */
public class RecordChangedException extends RuntimeException {

    public RecordChangedException(String record, Versioned current) {
        super("The " + record + " has changed since you read it: its ETag is now " + ETags.of(current)
                + ". Nothing was changed; read it again and apply your change to what it holds now.");
    }
}
