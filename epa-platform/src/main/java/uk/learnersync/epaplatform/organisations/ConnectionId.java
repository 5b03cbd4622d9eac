package uk.learnersync.epaplatform.organisations;

import java.util.Optional;
import java.util.UUID;

public record ConnectionId(UUID value) {

    /** The ID a path names, if it is one at all: a malformed ID names no connection. */
    public static Optional<ConnectionId> parse(String raw) {
        try {
            return Optional.of(new ConnectionId(UUID.fromString(raw)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
