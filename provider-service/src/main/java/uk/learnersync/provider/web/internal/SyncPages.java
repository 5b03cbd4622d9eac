package uk.learnersync.provider.web.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.learnersync.provider.epa.EpaConnectionManagement;
import uk.learnersync.provider.learners.Learners;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.sync.SyncLog;
import uk.learnersync.provider.sync.SyncLogEntry;
import uk.learnersync.provider.sync.SyncPolicies;
import uk.learnersync.provider.sync.policy.RuleTable;
import uk.learnersync.provider.sync.policy.SyncPolicy;
import uk.learnersync.provider.sync.policy.SyncRule;
import uk.learnersync.provider.tenancy.CurrentProvider;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.validation.NotFoundException;

/** Administration: the sync dashboard and the sync policy (the seed's rule table, widenable rule by rule). */
@Controller
class SyncPages {

    private static final int BLOCKED_SHOWN = 100;

    private final SyncLog syncLog;
    private final SyncPolicies policies;
    private final Learners learners;
    private final EpaConnectionManagement connections;
    private final CurrentProvider provider;

    SyncPages(SyncLog syncLog, SyncPolicies policies, Learners learners, EpaConnectionManagement connections,
              CurrentProvider provider) {
        this.syncLog = syncLog;
        this.policies = policies;
        this.learners = learners;
        this.connections = connections;
        this.provider = provider;
    }

    @GetMapping("/admin")
    String administration(Model model) {
        model.addAttribute("sync", syncLog.status(provider.id()));
        return "admin/index";
    }

    @GetMapping("/admin/sync")
    String dashboard(Model model) {
        model.addAttribute("sync", syncLog.status(provider.id()));
        model.addAttribute("connections", connections.list(provider.id()));
        model.addAttribute("blocked", syncLog.blocked(provider.id(), BLOCKED_SHOWN).stream()
                .map(entry -> new BlockedRow(entry, learners.find(provider.id(), entry.learnerId())
                        .map(learner -> learner.givenNames() + " " + learner.familyName())
                        .orElse(entry.learnerId().toString())))
                .toList());
        return "admin/sync";
    }

    @PostMapping("/admin/sync/tasks/{taskId}/retry")
    String retry(@PathVariable long taskId, RedirectAttributes redirect) {
        try {
            syncLog.retry(provider.id(), taskId, provider.origin(Channel.UI));
            redirect.addFlashAttribute("success", "The blocked change will be sent again");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/sync";
    }

    @PostMapping("/admin/sync/tasks/{taskId}/skip")
    String skip(@PathVariable long taskId, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            syncLog.skip(provider.id(), taskId, reason, provider.origin(Channel.UI));
            redirect.addFlashAttribute("success", "The blocked change was skipped; the learner's later changes go on");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", "Enter the reason for skipping the change: it is kept with the sync log");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/sync";
    }

    /** A blocked change with the name of its learner. */
    record BlockedRow(SyncLogEntry entry, String learnerName) {
    }

    @GetMapping("/admin/sync-policy")
    String policy(Model model) {
        SyncPolicy policy = policies.policyOf(provider.id());
        model.addAttribute("rules", RuleTable.SEED.stream().map(rule -> RuleRow.of(rule, policy)).toList());
        return "admin/sync-policy";
    }

    @PostMapping("/admin/sync-policy/{ruleId}")
    String widen(@PathVariable String ruleId, @RequestParam(name = "channels", required = false) List<String> channels,
                 RedirectAttributes redirect) {
        SyncRule rule = RuleTable.byId(ruleId).orElseThrow(() -> new NotFoundException("Rule", ruleId));
        try {
            policies.widen(provider.id(), rule.id(), channels(channels), provider.origin(Channel.UI));
            redirect.addFlashAttribute("success", "Rule " + rule.id() + " saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", "Rule " + rule.id() + " was not changed: it can be widened only to "
                    + rule.widenableTo());
        }
        return "redirect:/admin/sync-policy#rule-" + rule.id();
    }

    /** The ticked channels; a name that is no channel cannot come from the page and is refused like a bad widening. */
    private static Set<Channel> channels(List<String> names) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                channels.add(Channel.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("channels", "must each be one of " + Channel.OF_CHANGES);
            }
        }
        return channels;
    }

    /** One rule as the policy page shows it: where it syncs by default, and what the provider added. */
    record RuleRow(SyncRule rule, Set<Channel> seedChannels, Set<Channel> added, Set<Channel> widenable,
                   Set<Channel> effective) {

        static RuleRow of(SyncRule rule, SyncPolicy policy) {
            return new RuleRow(rule, sorted(rule.channels()), sorted(policy.wideningOf(rule.id())),
                    sorted(rule.widenableTo()), sorted(policy.channelsOf(rule)));
        }

        private static Set<Channel> sorted(Set<Channel> channels) {
            return channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
        }
    }
}
