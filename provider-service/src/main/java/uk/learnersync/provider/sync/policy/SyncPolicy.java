package uk.learnersync.provider.sync.policy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;

/**
 * One provider's policy: the seed's rule table with the channels the provider added to some rules.
 * Decides, for a change and the channel it came through, which rule applies and whether it sends.
 */
public final class SyncPolicy {

    private final Map<String, Set<Channel>> widenings;

    /** @param widenings the channels added per rule ID; each must be within the rule's {@code widenableTo} */
    public SyncPolicy(Map<String, Set<Channel>> widenings) {
        widenings.forEach((ruleId, channels) -> {
            SyncRule rule = RuleTable.byId(ruleId)
                    .orElseThrow(() -> new IllegalArgumentException("No rule " + ruleId));
            if (!rule.widenableTo().containsAll(channels)) {
                throw new IllegalArgumentException("Rule " + ruleId + " cannot be widened to " + channels);
            }
        });
        this.widenings = Map.copyOf(widenings);
    }

    public static SyncPolicy seedDefault() {
        return new SyncPolicy(Map.of());
    }

    /** The channels on which the rule syncs for this provider. */
    public Set<Channel> channelsOf(SyncRule rule) {
        if (rule.neverSends()) {
            return Set.of();
        }
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        channels.addAll(rule.channels());
        channels.addAll(widenings.getOrDefault(rule.id(), Set.of()));
        return channels;
    }

    public Set<Channel> wideningOf(String ruleId) {
        return widenings.getOrDefault(ruleId, Set.of());
    }

    /**
     * The decision for one change: the first rule about it that sends on its channel; otherwise the
     * rule that says nothing is sent there (one that never sends on that channel, like PG-3, or one
     * that sends nothing by default there, like PG-4 and CC-5); otherwise none, and nothing is logged:
     * no rule speaks of that change on that channel (a manager replaced by a manual change of employer).
     */
    public Optional<Decision> decide(Trigger trigger, ChangeOrigin origin) {
        Channel channel = origin.channel();
        List<SyncRule> rules = RuleTable.about(trigger, origin.automation());
        for (SyncRule rule : rules) {
            if (channelsOf(rule).contains(channel)) {
                return Optional.of(new Decision(rule, true));
            }
        }
        return rules.stream()
                .filter(rule -> rule.neverSends() ? rule.channels().contains(channel)
                        : rule.channels().isEmpty() && rule.widenableTo().contains(channel))
                .findFirst()
                .map(rule -> new Decision(rule, false));
    }

    /** Which rule decided, and whether the platform is told. */
    public record Decision(SyncRule rule, boolean sends) {
    }
}
