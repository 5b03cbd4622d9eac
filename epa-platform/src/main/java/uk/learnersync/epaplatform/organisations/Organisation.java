package uk.learnersync.epaplatform.organisations;

/** An end-point assessment organisation that uses this platform. */
public record Organisation(EpaoId epaoId, String name) {
}
