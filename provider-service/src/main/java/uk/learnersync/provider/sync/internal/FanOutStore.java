package uk.learnersync.provider.sync.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.policy.SyncRule;

/** Changes that reach too many learners to plan in the change's own transaction, expanded by the workers in batches. */
@Repository
class FanOutStore {

    private final JdbcClient jdbc;

    FanOutStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enqueue(ProviderId providerId, LinkType linkType, UUID linkId, SyncRule rule, Channel channel, String actor) {
        jdbc.sql("""
                        INSERT INTO sync_fanouts (provider_id, link_type, link_id, rule_id, channel, action, actor)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(providerId.value(), linkType.name(), linkId, rule.id(), channel.name(), rule.action().name(),
                        actor)
                .update();
    }

    /** Takes the oldest fan-out no other worker holds, under a committed lease. */
    @Transactional
    Optional<FanOut> claim(UUID leaseToken, Duration lease) {
        return jdbc.sql("""
                        UPDATE sync_fanouts SET lease_token = ?, lease_until = now() + CAST(? AS interval)
                        WHERE id = (SELECT id FROM sync_fanouts
                                    WHERE NOT done AND (lease_until IS NULL OR lease_until < now())
                                    ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING *""")
                .params(leaseToken, lease.toMillis() + " milliseconds")
                .query((rs, row) -> new FanOut(rs.getLong("id"), new ProviderId(rs.getObject("provider_id", UUID.class)),
                        LinkType.valueOf(rs.getString("link_type")), rs.getObject("link_id", UUID.class),
                        rs.getString("rule_id"), Channel.valueOf(rs.getString("channel")), rs.getString("actor"),
                        rs.getObject("expanded_to", UUID.class)))
                .optional();
    }

    /**
     * Moves the fan-out's cursor past {@code last} and gives up the lease, so that any worker can take
     * the next batch; only while this worker still holds the lease. Joins the caller's transaction, in
     * which the batch's tasks are written too.
     */
    boolean advance(FanOut fanOut, UUID leaseToken, LearnerId last, boolean done) {
        return jdbc.sql("""
                        UPDATE sync_fanouts SET expanded_to = ?, done = ?, lease_token = NULL, lease_until = NULL
                        WHERE id = ? AND lease_token = ?""")
                .params(last == null ? fanOut.expandedTo() : last.value(), done, fanOut.id(), leaseToken)
                .update() == 1;
    }
}
