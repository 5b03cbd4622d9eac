package uk.learnersync.provider.learners;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import uk.learnersync.provider.shared.ProviderId;

/** The provider's learners, as other modules (sync above all) read and annotate them. */
public interface Learners {

    Optional<Learner> find(ProviderId providerId, LearnerId id);

    /** Whether the provider has the learner, without reading the record (a delivery asks for every task). */
    boolean exists(ProviderId providerId, LearnerId id);

    /** The provider's learners with these IDs, in no particular order; IDs of none are left out. */
    List<Learner> findAll(ProviderId providerId, Collection<LearnerId> ids);

    /**
     * One page of the learners linked to a record that are registered through a connection,
     * ordered by ID: those after {@code after} (all when {@code null}), at most {@code limit}.
     */
    List<LearnerId> connectedLearnersLinkedTo(ProviderId providerId, LearnerLink link, LearnerId after, int limit);

    /** Counts the learners a change to that record would reach on EPA platforms (for the pages' warnings). */
    int countConnectedLearnersLinkedTo(ProviderId providerId, LearnerLink link);

    /** Records the EPA platform's ID of the learner's record once the registration was delivered. */
    void recordApprenticeId(ProviderId providerId, LearnerId id, String apprenticeId);
}
