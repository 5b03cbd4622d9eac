package uk.learnersync.epaplatform.organisations;

/** One provider's access to one organisation: what a provider-facing API call is signed in as. */
public record Connection(ConnectionId id, EpaoId epaoId, Ukprn providerUkprn) {
}
