package uk.learnersync.provider.learners;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/**
 * A learner's programme, standard option or EPAO changed; published inside the transaction of the
 * change. The sync policy decides from the enrolments before and after, and the registration at the
 * time, what happens on the EPA platforms (PC-1..PC-5).
 */
public record LearnerProgrammeChanged(ProviderId providerId, LearnerId learnerId, Enrolment before, Enrolment after,
                                      EpaRegistration registration, ChangeOrigin origin) {
}
