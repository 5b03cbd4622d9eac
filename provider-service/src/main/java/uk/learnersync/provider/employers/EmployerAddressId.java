package uk.learnersync.provider.employers;

import java.util.Objects;
import java.util.UUID;

public record EmployerAddressId(UUID value) {

    public EmployerAddressId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
