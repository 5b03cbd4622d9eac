package uk.learnersync.epaplatform.apprentices;

import java.util.Optional;
import java.util.UUID;

public record ApprenticeId(UUID value) {

    /** The ID a path names, if it is one at all: a malformed ID names no apprentice. */
    public static Optional<ApprenticeId> parse(String raw) {
        try {
            return Optional.of(new ApprenticeId(UUID.fromString(raw)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
