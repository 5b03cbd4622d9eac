package uk.learnersync.provider.shared;

import java.util.Objects;

/**
 * Who made a change and through which channel; every write carries one.
 *
 * @param actor      a readable name of the person or credential, e.g. {@code user:ann@provider.test} or {@code api-token:3f2a...}
 * @param channel    how the change entered the system
 * @param automation the tracker whose approval made the change; present exactly when the channel is {@code AUTOMATION}
 */
public record ChangeOrigin(String actor, Channel channel, AutomationType automation) {

    public ChangeOrigin {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
        if ((channel == Channel.AUTOMATION) != (automation != null)) {
            throw new IllegalArgumentException("An automation is named exactly when the channel is AUTOMATION");
        }
    }

    public ChangeOrigin(String actor, Channel channel) {
        this(actor, channel, null);
    }

    /** A change applied by approving a tracker of the given type. */
    public static ChangeOrigin automation(String actor, AutomationType type) {
        return new ChangeOrigin(actor, Channel.AUTOMATION, type);
    }
}
