package uk.learnersync.provider.audit;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import uk.learnersync.provider.shared.Channel;

/**
 * One recorded change: when, who ({@code user:...} or {@code api-token:...}), through which channel,
 * and the record before and after it ({@code before} is {@code null} for a creation).
 */
public record AuditEntry(Instant at, String actor, Channel channel, JsonNode before, JsonNode after) {
}
