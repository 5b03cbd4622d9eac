package uk.learnersync.provider.shared;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who changed what, through which channel, with the record before and after; written in the same
 * transaction as the change it describes.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public AuditTrail(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Records a change; {@code before} is {@code null} for a creation. */
    public void record(ProviderId providerId, String entityType, UUID entityId, ChangeOrigin origin,
                       Object before, Object after) {
        jdbc.sql("""
                        INSERT INTO audit_events (provider_id, entity_type, entity_id, actor, channel, before, after)
                        VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))""")
                .params(providerId.value(), entityType, entityId, origin.actor(), origin.channel().name(),
                        before == null ? null : json.writeValueAsString(before),
                        after == null ? null : json.writeValueAsString(after))
                .update();
    }
}
