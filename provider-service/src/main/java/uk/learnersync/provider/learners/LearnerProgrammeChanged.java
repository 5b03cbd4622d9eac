package uk.learnersync.provider.learners;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/**
 * A learner's programme, standard option or EPAO changed; published inside the transaction of the
 * change. The sync policy decides from the enrolments and the registrations before and after what
 * happens on the EPA platforms (PC-1..PC-5).
 *
 * @param registrationBefore where the learner was registered before the move (PC-3 withdraws the record there)
 * @param registrationAfter  where the learner is registered now: the same, a new connection with no
 *                           {@code apprenticeId} yet (PC-3: registered there afresh), or MANUAL (PC-1, CC-5)
 */
public record LearnerProgrammeChanged(ProviderId providerId, LearnerId learnerId, Enrolment before, Enrolment after,
                                      EpaRegistration registrationBefore, EpaRegistration registrationAfter,
                                      ChangeOrigin origin) {
}
