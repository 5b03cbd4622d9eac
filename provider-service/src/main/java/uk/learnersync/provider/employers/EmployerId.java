package uk.learnersync.provider.employers;

import java.util.Objects;
import java.util.UUID;

public record EmployerId(UUID value) {

    public EmployerId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
