package uk.learnersync.provider.shared;

/**
 * A record people edit, with the version every write of it increments: the API offers it as the
 * record's {@code ETag}, and a change made with an {@link ExpectedVersion} applies only at that version (CV-6).
 */
public interface Versioned {

    long version();
}
