package uk.learnersync.epaplatform.apprentices;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import uk.learnersync.epaplatform.organisations.ConnectionId;

/** One accepted write: when, which call, through which connection, with the body as sent. */
public record HistoryEntry(Instant at, Call call, ConnectionId connectionId, JsonNode body) {
}
