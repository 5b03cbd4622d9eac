package uk.learnersync.provider.epa;

import java.util.Optional;

import uk.learnersync.provider.shared.ProviderId;

/** The EPAO directory: the shipped register plus the EPAOs a provider added. */
public interface Epaos {

    /**
     * The EPAO, if the register or the provider's own directory knows it, by its ID or by a UKPRN
     * that the register gives an organisation: that organisation, with its register ID.
     */
    Optional<Epao> find(ProviderId providerId, EpaoId epaoId);

    /** The EPAO's name, if the register or the provider's own directory knows it. */
    default Optional<String> nameOf(ProviderId providerId, EpaoId epaoId) {
        return find(providerId, epaoId).map(Epao::name);
    }

    /** The ID the EPAO is known by, if it is known: a UKPRN the register knows resolves to that organisation. */
    default Optional<EpaoId> resolve(ProviderId providerId, EpaoId epaoId) {
        return find(providerId, epaoId).map(Epao::epaoId);
    }
}
