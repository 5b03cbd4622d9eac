package uk.learnersync.provider.audit;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import uk.learnersync.provider.shared.Channel;

/**
 * One recorded change: of what ({@code learner}, or {@code sync-task} for a blocked change a person
 * retried or skipped), when, who ({@code user:...} or {@code api-token:...}), through which channel,
 * and the record before and after it ({@code before} is {@code null} for a creation).
 */
public record AuditEntry(String record, Instant at, String actor, Channel channel, JsonNode before, JsonNode after) {
}
