package uk.learnersync.provider.learners;

/** How a learner is registered with its EPAO (spec/RULES.md, "registration"). */
public enum RegistrationMode {
    /** Not registered: nothing is sent. */
    NONE,
    /** Registered through the provider's connection to the EPAO's platform: changes are synced. */
    CONNECTED,
    /** Registered by hand outside this system: nothing is sent (RG-2). */
    MANUAL
}
