package uk.learnersync.provider.employers;

import java.util.Optional;

import uk.learnersync.provider.shared.ProviderId;

/** The provider's employers, their addresses and managers, as other modules see them. */
public interface Employers {

    Optional<Employer> find(ProviderId providerId, EmployerId id);

    Optional<Manager> findManager(ProviderId providerId, ManagerId id);
}
