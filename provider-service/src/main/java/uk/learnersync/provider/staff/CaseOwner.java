package uk.learnersync.provider.staff;

import uk.learnersync.provider.shared.ProviderId;

/** A learner's case owner: the tutor that the EPA platform shows for the learner. */
public record CaseOwner(CaseOwnerId id, ProviderId providerId, String givenName, String familyName,
                        String email, String phone) {
}
