package uk.learnersync.provider.learners;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.provider.shared.Channel;

/**
 * A change of circumstance applied to a learner's record: by an approved tracker ({@code AUTOMATION})
 * or directly ({@code MANUAL}, {@code IMPORT}).
 *
 * @param details what was applied, as {@link CircumstanceInput} names it
 * @param actor   who applied it: the approver of a tracker, or the person or credential that applied it
 */
public record Circumstance(UUID id, LearnerId learnerId, AutomationType type, LocalDate effectiveDate,
                           Map<String, Object> details, Channel channel, String actor, Instant recordedAt) {
}
