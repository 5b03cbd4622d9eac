package uk.learnersync.provider.epa;

import java.util.Optional;

import uk.learnersync.provider.shared.ProviderId;

/** The EPAO directory: the shipped register plus the EPAOs a provider added. */
public interface Epaos {

    /** The EPAO's name, if the register or the provider's own directory knows it. */
    Optional<String> nameOf(ProviderId providerId, EpaoId epaoId);
}
