package uk.learnersync.provider.ilr;

import java.util.Objects;
import java.util.UUID;

public record ImportReportId(UUID value) {

    public ImportReportId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
