package uk.learnersync.provider.web.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.learnersync.provider.employers.Employer;
import uk.learnersync.provider.employers.EmployerManagement;
import uk.learnersync.provider.employers.Employers;
import uk.learnersync.provider.employers.Manager;
import uk.learnersync.provider.employers.ManagerDetails;
import uk.learnersync.provider.employers.ManagerId;
import uk.learnersync.provider.employers.ManagerManagement;
import uk.learnersync.provider.learners.LearnerLink;
import uk.learnersync.provider.learners.Learners;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ExpectedVersion;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.provider.tenancy.CurrentProvider;

/** Employers' managers: changing one updates the EPA record of every learner they manage (MG-1). */
@Controller
@RequestMapping("/managers")
class ManagerPages {

    static final Map<String, String> LABELS = Form.labels("givenName", "Given name", "familyName", "Family name",
            "email", "Email address", "phone", "Telephone number", "employerId", "Employer");

    private final ManagerManagement managers;
    private final EmployerManagement employerManagement;
    private final Employers employers;
    private final Learners learners;
    private final CurrentProvider provider;

    ManagerPages(ManagerManagement managers, EmployerManagement employerManagement, Employers employers,
                 Learners learners, CurrentProvider provider) {
        this.managers = managers;
        this.employerManagement = employerManagement;
        this.employers = employers;
        this.learners = learners;
        this.provider = provider;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("managers", managers.list(provider.id(), null));
        model.addAttribute("employerNames", employerNames());
        return "managers/list";
    }

    @GetMapping("/new")
    String blank(@RequestParam(required = false) String employerId, Model model) {
        return edit(null, Form.blank(LABELS).with("employerId", employerId), model);
    }

    @PostMapping
    String create(@RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
        Form form = Form.posted(LABELS, parameters);
        Manager created;
        try {
            created = managers.create(provider.id(), details(form.text("givenName"), form.text("familyName"),
                    form.text("email"), form.text("phone"), form.text("employerId")), provider.origin(Channel.UI));
        } catch (InvalidInputException e) {
            return edit(null, form.reject(e), model);
        }
        redirect.addFlashAttribute("success", "Manager " + created.givenName() + " " + created.familyName() + " added");
        return "redirect:/managers";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        Manager manager = managers.get(provider.id(), new ManagerId(id));
        Form form = Form.blank(LABELS).with("givenName", manager.givenName()).with("familyName", manager.familyName())
                .with("email", manager.email()).with("phone", manager.phone()).with("employerId", manager.employerId());
        return edit(manager, form, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @RequestParam Map<String, String> parameters, Model model,
                  RedirectAttributes redirect) {
        Manager manager = managers.get(provider.id(), new ManagerId(id));
        Form form = Form.posted(LABELS, parameters);
        try {
            managers.update(provider.id(), manager.id(), ExpectedVersion.ANY, current -> details(
                    form.merged("givenName", current.givenName()), form.merged("familyName", current.familyName()),
                    form.merged("email", current.email()), form.merged("phone", current.phone()),
                    form.merged("employerId", current.employerId())), provider.origin(Channel.UI));
        } catch (InvalidInputException e) {
            return edit(manager, form.reject(e), model);
        }
        redirect.addFlashAttribute("success", "Manager saved");
        return "redirect:/managers/" + id;
    }

    private String edit(Manager manager, Form form, Model model) {
        model.addAttribute("manager", manager);
        model.addAttribute("form", form);
        model.addAttribute("employers", employerManagement.list(provider.id(), null));
        if (manager != null) {
            model.addAttribute("reach", learners.countConnectedLearnersLinkedTo(provider.id(),
                    new LearnerLink.ToManager(manager.id())));
        }
        return "managers/edit";
    }

    private ManagerDetails details(String givenName, String familyName, String email, String phone,
                                   String employerId) {
        FieldChecks checks = new FieldChecks();
        ManagerDetails details = ManagerDetails.parse(checks, givenName, familyName, email, phone, employerId,
                employer -> employers.find(provider.id(), employer).isPresent());
        checks.throwIfAny();
        return details;
    }

    private Map<String, String> employerNames() {
        return employerManagement.list(provider.id(), null).stream()
                .collect(Collectors.toMap(employer -> employer.id().toString(), Employer::name, (a, b) -> a));
    }
}
