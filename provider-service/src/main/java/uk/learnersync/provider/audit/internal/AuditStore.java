package uk.learnersync.provider.audit.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.provider.audit.AuditEntry;
import uk.learnersync.provider.audit.AuditLog;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;

@Repository
class AuditStore implements AuditLog {

    /** The entity type under which the learners module audits its records. */
    private static final String LEARNER = "learner";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public List<AuditEntry> ofLearner(ProviderId providerId, LearnerId learnerId) {
        return jdbc.sql("""
                        SELECT occurred_at, actor, channel, before, after FROM audit_events
                        WHERE provider_id = ? AND entity_type = ? AND entity_id = ?
                        ORDER BY id""")
                .params(providerId.value(), LEARNER, learnerId.value())
                .query((rs, row) -> new AuditEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        Channel.valueOf(rs.getString("channel")), tree(rs.getString("before")),
                        tree(rs.getString("after"))))
                .list();
    }

    private JsonNode tree(String value) {
        return value == null ? null : json.readTree(value);
    }

}
