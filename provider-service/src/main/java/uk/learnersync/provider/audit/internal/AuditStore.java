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

    /** What is audited under the learner's own ID: the learner, and what people did to its sync tasks. */
    private static final String[] LEARNER_RECORDS = {"learner", "sync-task"};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public List<AuditEntry> ofLearner(ProviderId providerId, LearnerId learnerId) {
        return jdbc.sql("""
                        SELECT entity_type, occurred_at, actor, channel, before, after FROM audit_events
                        WHERE provider_id = ? AND entity_type = ANY(?) AND entity_id = ?
                        ORDER BY id""")
                .params(providerId.value(), LEARNER_RECORDS, learnerId.value())
                .query((rs, row) -> new AuditEntry(rs.getString("entity_type"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        Channel.valueOf(rs.getString("channel")), tree(rs.getString("before")),
                        tree(rs.getString("after"))))
                .list();
    }

    private JsonNode tree(String value) {
        return value == null ? null : json.readTree(value);
    }

}
