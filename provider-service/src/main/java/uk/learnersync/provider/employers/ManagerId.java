package uk.learnersync.provider.employers;

import java.util.Objects;
import java.util.UUID;

public record ManagerId(UUID value) {

    public ManagerId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
