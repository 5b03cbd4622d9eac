package uk.learnersync.provider.learners;

import java.util.Optional;
import java.util.Set;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/**
 * A learner's record changed: its details, links, programme, EPAO, registration or standing, and
 * the change of circumstance that did it, if one did. Published inside the transaction of the change
 * with the whole record before and after, so that the sync engine's planner can work out, from the
 * two states alone, what every EPA platform record of the learner must now hold.
 *
 * @param circumstance the change of circumstance applied, or {@code null}
 */
public record LearnerChanged(ProviderId providerId, LearnerId learnerId, Learner before, Learner after,
                             AppliedCircumstance circumstance, ChangeOrigin origin) {

    public Optional<AppliedCircumstance> appliedCircumstance() {
        return Optional.ofNullable(circumstance);
    }

    /** The aspects of the record that changed, each of which the rule table decides on its own. */
    public Set<LearnerAspect> changed() {
        return LearnerAspect.changedBetween(before, after);
    }
}
