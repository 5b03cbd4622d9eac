package uk.learnersync.provider.employers;

import uk.learnersync.provider.shared.ProviderId;

/** An employer's line manager of apprentices: the EPA platform's "employer contact" for the learner. */
public record Manager(ManagerId id, ProviderId providerId, EmployerId employerId, String givenName, String familyName,
                      String email, String phone) {
}
