package uk.learnersync.provider.shared;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who changed what, through which channel, with the record before and after; written in the same
 * transaction as the change it describes.
 */
@Component
public class AuditTrail {

    private static final String INSERT = """
            INSERT INTO audit_events (provider_id, entity_type, entity_id, actor, channel, before, after)
            VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;

    public AuditTrail(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    /** Records a change; {@code before} is {@code null} for a creation. */
    public void record(ProviderId providerId, String entityType, UUID entityId, ChangeOrigin origin,
                       Object before, Object after) {
        jdbc.sql(INSERT).params(row(providerId, entityType, origin, new Change(entityId, before, after))).update();
    }

    /** One change of an entity: {@code before} is {@code null} for a creation. */
    public record Change(UUID entityId, Object before, Object after) {
    }

    /** Records changes of the same origin in one JDBC batch, in their order. */
    public void recordAll(ProviderId providerId, String entityType, ChangeOrigin origin, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        batches.batchUpdate(INSERT, changes.stream().map(change -> row(providerId, entityType, origin, change))
                .toList());
    }

    private Object[] row(ProviderId providerId, String entityType, ChangeOrigin origin, Change change) {
        return new Object[] {providerId.value(), entityType, change.entityId(), origin.actor(),
                origin.channel().name(), change.before() == null ? null : json.writeValueAsString(change.before()),
                change.after() == null ? null : json.writeValueAsString(change.after())};
    }
}
