package uk.learnersync.provider.sync;

import java.util.List;

import uk.learnersync.provider.learners.AppliedCircumstance;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/**
 * What a change would send, before it is made: the impact preview of an automation awaiting approval.
 * It asks the same planner that approving does, so the preview is what approving would queue.
 */
public interface SyncPreview {

    /**
     * The sync-log entries the change from {@code before} to {@code after} would write, in order.
     *
     * @param circumstance the change of circumstance it would apply, or {@code null}
     */
    List<PlannedDelivery> preview(ProviderId providerId, Learner before, Learner after, AppliedCircumstance circumstance,
                                  ChangeOrigin origin);

    /**
     * @param sends        whether the platform would be told
     * @param epaoId       the EPAO whose platform would be told, or that the rule speaks of
     * @param connectionId the connection it would go through, if any
     * @param reason       why nothing is sent, when nothing is
     */
    record PlannedDelivery(String ruleId, String action, boolean sends, String epaoId, String connectionId,
                           String reason) {
    }
}
