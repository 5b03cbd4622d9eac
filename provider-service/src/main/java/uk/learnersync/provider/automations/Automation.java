package uk.learnersync.provider.automations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.learnersync.provider.learners.CircumstanceChange;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.provider.shared.ProviderId;

/**
 * A process-automation tracker: a change to one learner that an approver applies or rejects.
 *
 * @param change          what the tracker carries, typed by its kind; checked when it was requested
 * @param decidedBy       who approved or rejected it, once decided
 * @param rejectionReason why it was rejected, when it was
 * @param circumstanceId  the learner's change of circumstance that approving it applied
 * @param history         every step, oldest first
 */
public record Automation(AutomationId id, ProviderId providerId, LearnerId learnerId, CircumstanceChange change,
                         AutomationStatus status, String requestedBy, Instant requestedAt, String decidedBy,
                         Instant decidedAt, String rejectionReason, UUID circumstanceId,
                         List<AutomationStep> history) {

    public AutomationType type() {
        return change.type();
    }

    public LocalDate effectiveDate() {
        return change.effectiveDate();
    }
}
