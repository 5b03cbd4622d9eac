package uk.learnersync.provider.epa;

/**
 * An end-point assessment organisation as a provider sees it.
 *
 * @param ukprn      the organisation's UKPRN where the register gives one
 * @param inRegister whether it comes from the shipped register rather than the provider's own directory
 */
public record Epao(EpaoId epaoId, String name, String ukprn, boolean inRegister) {
}
