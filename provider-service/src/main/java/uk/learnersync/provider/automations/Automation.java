package uk.learnersync.provider.automations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import uk.learnersync.provider.learners.CircumstanceChange;
import uk.learnersync.provider.learners.CircumstanceInput;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.provider.shared.ProviderId;

/**
 * A process-automation tracker: a change to one learner that an approver applies or rejects.
 *
 * @param details         what the tracker carries, as {@link CircumstanceInput} names it
 * @param decidedBy       who approved or rejected it, once decided
 * @param rejectionReason why it was rejected, when it was
 * @param circumstanceId  the learner's change of circumstance that approving it applied
 * @param history         every step, oldest first
 */
public record Automation(AutomationId id, ProviderId providerId, AutomationType type, LearnerId learnerId,
                         LocalDate effectiveDate, Map<String, Object> details, AutomationStatus status,
                         String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
                         String rejectionReason, UUID circumstanceId, List<AutomationStep> history) {

    /** The change it carries; it was checked when the automation was requested, so it reads back whole. */
    public CircumstanceChange change() {
        FieldChecks checks = new FieldChecks();
        CircumstanceChange change = new CircumstanceInput(type.name(), effectiveDate, details).parse(checks);
        checks.throwIfAny();
        return change;
    }
}
