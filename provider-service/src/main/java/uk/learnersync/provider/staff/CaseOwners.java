package uk.learnersync.provider.staff;

import java.util.Optional;

import uk.learnersync.provider.shared.ProviderId;

/** The provider's case owners, as other modules see them. */
public interface CaseOwners {

    Optional<CaseOwner> find(ProviderId providerId, CaseOwnerId id);
}
