package uk.learnersync.provider.learners;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/**
 * A learner was registered with its EPAO, through a connection (RG-1: the platform must now receive
 * the full record) or manually (RG-2: nothing is sent). Published inside the registering transaction.
 */
public record LearnerRegistered(ProviderId providerId, LearnerId learnerId, EpaRegistration registration,
                                ChangeOrigin origin) {
}
