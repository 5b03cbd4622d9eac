package uk.learnersync.epaplatform.apprentices;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * An entry of a connection's change feed: what happened to one of its apprentices, when, and the
 * record as it was right after. {@code cursor} orders the feed.
 */
public record Change(long cursor, ApprenticeId apprenticeId, ChangeKind kind, Instant at, JsonNode record) {
}
