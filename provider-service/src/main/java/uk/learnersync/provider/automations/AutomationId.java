package uk.learnersync.provider.automations;

import java.util.Objects;
import java.util.UUID;

public record AutomationId(UUID value) {

    public AutomationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
