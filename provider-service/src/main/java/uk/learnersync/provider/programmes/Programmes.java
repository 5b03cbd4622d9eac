package uk.learnersync.provider.programmes;

import java.util.Optional;

import uk.learnersync.provider.shared.ProviderId;

/** The provider's programmes, as other modules see them. */
public interface Programmes {

    Optional<Programme> find(ProviderId providerId, ProgrammeId id);
}
