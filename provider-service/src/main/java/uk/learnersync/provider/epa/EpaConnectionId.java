package uk.learnersync.provider.epa;

import java.util.Objects;
import java.util.UUID;

public record EpaConnectionId(UUID value) {

    public EpaConnectionId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
