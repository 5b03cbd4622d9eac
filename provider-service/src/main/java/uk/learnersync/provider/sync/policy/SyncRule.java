package uk.learnersync.provider.sync.policy;

import java.util.Set;

import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.provider.shared.Channel;

/**
 * One row of the rule table (spec/RULES.md): when {@code triggers} happen through one of
 * {@code channels} (and, for automations, by the named tracker), the platform is told {@code action}.
 *
 * @param id          the rule's ID in RULES.md, carried by every sync-log entry it produces
 * @param triggers    what the rule is about
 * @param channels    where it syncs under the default policy (the seed's); empty for a rule that sends nothing by default
 * @param automations for the AUTOMATION channel, the trackers the rule covers; empty means all
 * @param action      what is sent
 * @param widenableTo channels a provider may add to the rule in its sync policy
 * @param fanOut      whether the change reaches every linked learner (FO-1) rather than one
 * @param summary     the rule in a few words, as the policy page shows it
 */
public record SyncRule(String id, Set<Trigger> triggers, Set<Channel> channels, Set<AutomationType> automations,
                       SyncAction action, Set<Channel> widenableTo, boolean fanOut, String summary) {

    public SyncRule {
        triggers = Set.copyOf(triggers);
        channels = Set.copyOf(channels);
        automations = Set.copyOf(automations);
        widenableTo = Set.copyOf(widenableTo);
    }

    boolean covers(Trigger trigger, AutomationType automation) {
        return triggers.contains(trigger)
                && (automation == null || automations.isEmpty() || automations.contains(automation));
    }

    /** A rule that never sends: its channels say where it applies, and no provider can widen it. */
    public boolean neverSends() {
        return action == SyncAction.NOTHING;
    }
}
