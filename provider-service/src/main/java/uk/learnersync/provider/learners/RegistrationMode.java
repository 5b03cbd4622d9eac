package uk.learnersync.provider.learners;

import uk.learnersync.validation.InvalidValueException;

/** How a learner is registered with its EPAO (spec/RULES.md, "registration"). */
public enum RegistrationMode {
    /** Not registered: nothing is sent. */
    NONE,
    /** Registered through the provider's connection to the EPAO's platform: changes are synced. */
    CONNECTED,
    /** Registered by hand outside this system: nothing is sent (RG-2). */
    MANUAL;

    /** A registration that a user or client may ask for: through the connection, or manual. */
    public static RegistrationMode requested(String raw) {
        if (raw != null && (raw.strip().equals(CONNECTED.name()) || raw.strip().equals(MANUAL.name()))) {
            return valueOf(raw.strip());
        }
        throw new InvalidValueException("must be CONNECTED or MANUAL");
    }
}
