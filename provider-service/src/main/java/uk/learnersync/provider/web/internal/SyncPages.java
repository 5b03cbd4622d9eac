package uk.learnersync.provider.web.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.learnersync.provider.epa.EpaConnectionManagement;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.Learners;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.sync.Reconciliation;
import uk.learnersync.provider.sync.Reconciliations;
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

/**
 * Administration: the sync dashboard (connections, blocked changes, and the reconciliations that compare
 * every registered record with its EPA platform, TW-4) and the sync policy (the seed's rule table,
 * widenable rule by rule).
 */
@Controller
class SyncPages {

    private static final int BLOCKED_SHOWN = 100;
    private static final int RECONCILIATIONS_SHOWN = 5;

    private final SyncLog syncLog;
    private final SyncPolicies policies;
    private final Reconciliations reconciliations;
    private final Learners learners;
    private final EpaConnectionManagement connections;
    private final CurrentProvider provider;

    SyncPages(SyncLog syncLog, SyncPolicies policies, Reconciliations reconciliations, Learners learners,
              EpaConnectionManagement connections, CurrentProvider provider) {
        this.syncLog = syncLog;
        this.policies = policies;
        this.reconciliations = reconciliations;
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
                .map(entry -> new BlockedRow(entry, learnerName(entry.learnerId())))
                .toList());
        List<Reconciliation> latest = reconciliations.latest(provider.id(), RECONCILIATIONS_SHOWN);
        model.addAttribute("reconciliations", latest.stream()
                .map(reconciliation -> new ReconciliationRow(reconciliation, reconciliation.differences().stream()
                        .map(difference -> new DriftRow(difference,
                                learnerName(new LearnerId(UUID.fromString(difference.learnerId())))))
                        .toList()))
                .toList());
        model.addAttribute("reconciling", latest.stream()
                .anyMatch(reconciliation -> reconciliation.status() == Reconciliation.Status.RUNNING));
        return "admin/sync";
    }

    @PostMapping("/admin/sync/reconciliations")
    String reconcile(RedirectAttributes redirect) {
        reconciliations.start(provider.id(), provider.origin(Channel.UI));
        redirect.addFlashAttribute("success", "Checking every registered learner's record on its EPA platform: "
                + "what differs shows below when it is done");
        return "redirect:/admin/sync";
    }

    @PostMapping("/admin/sync/reconciliations/{id}/repair")
    String repair(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            Reconciliation repaired = reconciliations.repair(provider.id(), id, provider.origin(Channel.UI));
            redirect.addFlashAttribute("success", "Repair sent: " + (repaired.drifted() == 1
                    ? "1 learner's record will be put back as LearnerSync holds it"
                    : repaired.drifted() + " learners' records will be put back as LearnerSync holds them"));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", "This check cannot be repaired: it is still running, it failed, "
                    + "or it was repaired already");
        }
        return "redirect:/admin/sync";
    }

    private String learnerName(LearnerId id) {
        return learners.find(provider.id(), id).map(learner -> learner.givenNames() + " " + learner.familyName())
                .orElse("A learner no longer kept");
    }

    /** A reconciliation with what it found, each difference with its learner's name. */
    record ReconciliationRow(Reconciliation reconciliation, List<DriftRow> drifts) {

        /** Whether a person can still send its repair. */
        public boolean repairable() {
            return reconciliation.status() == Reconciliation.Status.DONE && reconciliation.repairedAt() == null
                    && !drifts.isEmpty();
        }
    }

    /** A field a platform holds other than it should, with the name of its learner. */
    record DriftRow(Reconciliation.Difference difference, String learnerName) {
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
