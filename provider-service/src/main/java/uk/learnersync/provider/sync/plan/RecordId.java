package uk.learnersync.provider.sync.plan;

import java.util.UUID;

/** One record of a learner on one EPA platform, as the sync engine keeps it. */
public record RecordId(UUID value) {

    public static RecordId random() {
        return new RecordId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
