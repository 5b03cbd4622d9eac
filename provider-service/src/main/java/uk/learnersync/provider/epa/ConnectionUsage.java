package uk.learnersync.provider.epa;

import java.util.Optional;

import uk.learnersync.provider.shared.ProviderId;

/**
 * Says why a connection cannot be removed yet: learners registered through it, deliveries waiting on
 * it. Implemented by the modules that know (learners, sync), so that this one need not depend on them.
 */
public interface ConnectionUsage {

    /** Why the connection is still in use, e.g. "12 learners are registered through it"; empty when it is not. */
    Optional<String> inUse(ProviderId providerId, EpaConnectionId connectionId);
}
