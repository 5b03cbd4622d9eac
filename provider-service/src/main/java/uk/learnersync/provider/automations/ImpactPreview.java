package uk.learnersync.provider.automations;

import java.util.List;

import uk.learnersync.provider.learners.CircumstanceOutcome.RecordChange;
import uk.learnersync.provider.sync.SyncPreview.PlannedDelivery;

/**
 * What approving an automation would do: what each EPA platform would be told (or why nothing),
 * and each learner record it would write.
 */
public record ImpactPreview(Automation automation, List<PlannedDelivery> deliveries, List<RecordChange> records) {
}
