package uk.learnersync.provider.learners.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.learnersync.provider.epa.ConnectionUsage;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.shared.ProviderId;

/** Learners registered through a connection keep it from being removed (CV-2). */
@Component
class RegisteredLearners implements ConnectionUsage {

    private final LearnerStore store;

    RegisteredLearners(LearnerStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> inUse(ProviderId providerId, EpaConnectionId connectionId) {
        int registered = store.registeredThrough(providerId, connectionId);
        return registered == 0
                ? Optional.empty()
                : Optional.of(registered + (registered == 1 ? " learner is" : " learners are") + " registered through it");
    }
}
