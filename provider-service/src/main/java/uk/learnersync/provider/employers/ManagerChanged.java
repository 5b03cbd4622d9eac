package uk.learnersync.provider.employers;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/**
 * A manager's own record changed; published inside the transaction of the change, so that what it
 * implies for the learners they manage (MG-1, MG-2) commits with it.
 */
public record ManagerChanged(ProviderId providerId, ManagerId managerId, ChangeOrigin origin) {
}
