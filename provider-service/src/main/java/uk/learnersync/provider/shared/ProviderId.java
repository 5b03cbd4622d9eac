package uk.learnersync.provider.shared;

import java.util.Objects;
import java.util.UUID;

/** The identity of a training provider: every row of provider data carries it. */
public record ProviderId(UUID value) {

    public ProviderId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
