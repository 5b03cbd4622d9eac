package uk.learnersync.provider.sync.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.policy.SyncPolicy;

/** Each provider's widenings of the seed's rules; a provider with none follows the seed exactly. */
@Repository
class PolicyStore {

    private final JdbcClient jdbc;

    PolicyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SyncPolicy policyOf(ProviderId providerId) {
        Map<String, Set<Channel>> widenings = new HashMap<>();
        jdbc.sql("SELECT rule_id, channels FROM sync_policy_widenings WHERE provider_id = ?")
                .param(providerId.value())
                .query((rs, row) -> widenings.put(rs.getString("rule_id"), parse(rs.getString("channels"))))
                .list();
        return new SyncPolicy(widenings);
    }

    void saveWidening(ProviderId providerId, String ruleId, Set<Channel> channels, String actor) {
        if (channels.isEmpty()) {
            jdbc.sql("DELETE FROM sync_policy_widenings WHERE provider_id = ? AND rule_id = ?")
                    .params(providerId.value(), ruleId)
                    .update();
            return;
        }
        jdbc.sql("""
                        INSERT INTO sync_policy_widenings (provider_id, rule_id, channels, updated_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT (provider_id, rule_id)
                        DO UPDATE SET channels = EXCLUDED.channels, updated_by = EXCLUDED.updated_by, updated_at = now()""")
                .params(providerId.value(), ruleId,
                        channels.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), actor)
                .update();
    }

    private static Set<Channel> parse(String channels) {
        Set<Channel> parsed = EnumSet.noneOf(Channel.class);
        Arrays.stream(channels.split(",")).map(Channel::valueOf).forEach(parsed::add);
        return parsed;
    }
}
