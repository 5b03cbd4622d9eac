package uk.learnersync.provider.employers;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/**
 * An employer's own record (name, EmpId) changed; published inside the transaction of the change, so
 * that what it implies for linked learners (EM-1, EM-3) commits with it.
 */
public record EmployerChanged(ProviderId providerId, EmployerId employerId, ChangeOrigin origin) {
}
