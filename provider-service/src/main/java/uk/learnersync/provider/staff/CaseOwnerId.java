package uk.learnersync.provider.staff;

import java.util.Objects;
import java.util.UUID;

public record CaseOwnerId(UUID value) {

    public CaseOwnerId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
