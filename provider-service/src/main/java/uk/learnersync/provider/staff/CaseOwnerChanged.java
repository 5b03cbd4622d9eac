package uk.learnersync.provider.staff;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/**
 * A case owner's own details changed; published inside the transaction of the change, so that what
 * it implies for linked learners (CO-1, CO-2) commits with it.
 */
public record CaseOwnerChanged(ProviderId providerId, CaseOwnerId caseOwnerId, ChangeOrigin origin) {
}
