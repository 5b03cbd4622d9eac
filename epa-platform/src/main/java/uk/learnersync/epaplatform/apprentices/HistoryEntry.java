package uk.learnersync.epaplatform.apprentices;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import uk.learnersync.epaplatform.organisations.ConnectionId;

/**
 * One accepted change: when, what, and the body as sent; {@code connectionId} is the connection that
 * made a provider's change, and null for an action of the EPAO's staff.
 */
public record HistoryEntry(Instant at, ChangeKind kind, ConnectionId connectionId, JsonNode body) {
}
