package uk.learnersync.provider.learners;

import java.util.Objects;
import java.util.UUID;

public record LearnerId(UUID value) {

    public LearnerId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
