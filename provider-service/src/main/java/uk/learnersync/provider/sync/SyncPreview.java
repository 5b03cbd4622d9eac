package uk.learnersync.provider.sync;

import java.util.List;
import java.util.Set;

import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.policy.Trigger;

/** What a change would send, before it is made: the impact preview of an automation awaiting approval. */
public interface SyncPreview {

    /** For each trigger, the rule that would decide and whether (and where) the learner's EPA platform would be told. */
    List<PlannedDelivery> preview(ProviderId providerId, LearnerId learnerId, Set<Trigger> triggers, ChangeOrigin origin);

    /**
     * @param sends        whether the platform would be told
     * @param epaoId       the EPAO whose platform would be told, if any
     * @param connectionId the connection it would go through, if any
     * @param reason       why nothing is sent, when nothing is
     */
    record PlannedDelivery(Trigger trigger, String ruleId, String action, boolean sends, String epaoId,
                           String connectionId, String reason) {
    }
}
