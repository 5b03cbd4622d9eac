package uk.learnersync.provider.employers;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/**
 * One of an employer's addresses changed; published inside the transaction of the change, so that
 * what it implies for the learners working there (EM-2, EM-3) commits with it.
 */
public record EmployerAddressChanged(ProviderId providerId, EmployerId employerId, EmployerAddressId addressId,
                                     ChangeOrigin origin) {
}
