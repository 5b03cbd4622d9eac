package uk.learnersync.provider.learners;

import java.util.Set;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/**
 * A learner's record changed; published inside the transaction of the change with every aspect
 * that changed, so that the sync policy can decide, rule by rule, what the EPA platform is told.
 */
public record LearnerChanged(ProviderId providerId, LearnerId learnerId, Set<LearnerAspect> changed,
                             ChangeOrigin origin) {

    public LearnerChanged {
        changed = Set.copyOf(changed);
    }
}
