package uk.learnersync.provider.sync.plan;

import java.util.Map;

import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.sync.policy.SyncAction;

/**
 * One entry a change writes to the learner's sync log: a call to make, or the rule that says none is.
 *
 * @param record     the record the call is for; {@code null} when the learner has none on a platform
 * @param sends      whether the platform is told; otherwise the entry is kept, skipped, to show which rule decided
 * @param payload    what the change itself carried (a circumstance, a move's date), fixed now; the record's
 *                   sections are read from its desired state when the call is made
 * @param reason     why nothing is sent, when nothing is
 */
public record Step(String ruleId, SyncAction action, RecordId record, EpaConnectionId connectionId, EpaoId epaoId,
                   boolean sends, Map<String, Object> payload, String reason) {
}
