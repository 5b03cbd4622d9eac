package uk.learnersync.provider.web.internal;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.learnersync.provider.automations.Approver;
import uk.learnersync.provider.automations.AutomationStatus;
import uk.learnersync.provider.automations.AutomationManagement;
import uk.learnersync.provider.employers.EmployerManagement;
import uk.learnersync.provider.employers.ManagerManagement;
import uk.learnersync.provider.epa.EpaConnectionManagement;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.staff.CaseOwnerManagement;
import uk.learnersync.provider.sync.SyncLog;
import uk.learnersync.provider.sync.TaskStatus;
import uk.learnersync.provider.tenancy.CurrentProvider;

/**
 * The first page after signing in: what the provider has, how synchronisation stands, how many requests
 * wait for the signed-in approver's decision, and where to go.
 */
@Controller
class DashboardPage {

    private final CaseOwnerManagement caseOwners;
    private final EmployerManagement employers;
    private final ManagerManagement managers;
    private final EpaConnectionManagement connections;
    private final SyncLog syncLog;
    private final AutomationManagement automations;
    private final CurrentProvider provider;

    DashboardPage(CaseOwnerManagement caseOwners, EmployerManagement employers, ManagerManagement managers,
                  EpaConnectionManagement connections, SyncLog syncLog, AutomationManagement automations,
                  CurrentProvider provider) {
        this.caseOwners = caseOwners;
        this.employers = employers;
        this.managers = managers;
        this.connections = connections;
        this.syncLog = syncLog;
        this.automations = automations;
        this.provider = provider;
    }

    @GetMapping("/")
    String dashboard(@ModelAttribute("staff") StaffAccess.SignedIn staff, Model model) {
        model.addAttribute("caseOwnerCount", caseOwners.list(provider.id()).size());
        model.addAttribute("employerCount", employers.list(provider.id(), null).size());
        model.addAttribute("managerCount", managers.list(provider.id(), null).size());
        model.addAttribute("connectionCount", connections.list(provider.id()).size());
        model.addAttribute("blockedLearners", syncLog.learnersWith(provider.id(), Set.of(TaskStatus.BLOCKED)).size());
        model.addAttribute("sync", syncLog.status(provider.id()));
        if (staff.mayApprove()) {
            Approver me = staff.approver(provider.origin(Channel.UI));
            model.addAttribute("awaitingMe", automations.list(provider.id(), AutomationStatus.PENDING, null).stream()
                    .filter(automation -> !automations.barredByMakerChecker(provider.id(), automation, me))
                    .count());
        }
        return "dashboard";
    }
}
