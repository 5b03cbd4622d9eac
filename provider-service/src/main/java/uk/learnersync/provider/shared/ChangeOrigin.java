package uk.learnersync.provider.shared;

import java.util.Objects;

/**
 * Who made a change and through which channel; every write carries one.
 *
 * @param actor   a readable name of the person or credential, e.g. {@code user:ann@provider.test} or {@code api-token:3f2a...}
 * @param channel how the change entered the system
 */
public record ChangeOrigin(String actor, Channel channel) {

    public ChangeOrigin {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
    }
}
