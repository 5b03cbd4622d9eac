package uk.learnersync.epaplatform.organisations;

import java.util.UUID;

public record ConnectionId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
