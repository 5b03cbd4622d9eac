package uk.learnersync.provider.web.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.learnersync.provider.learners.LearnerLink;
import uk.learnersync.provider.learners.Learners;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ExpectedVersion;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.provider.staff.CaseOwner;
import uk.learnersync.provider.staff.CaseOwnerDetails;
import uk.learnersync.provider.staff.CaseOwnerId;
import uk.learnersync.provider.staff.CaseOwnerManagement;
import uk.learnersync.provider.tenancy.CurrentProvider;

/** Case owners (tutors): the list, adding one, and changing one, which every linked learner's EPA record follows (CO-1). */
@Controller
@RequestMapping("/case-owners")
class CaseOwnerPages {

    static final Map<String, String> LABELS = Form.labels("givenName", "Given name", "familyName", "Family name",
            "email", "Email address", "phone", "Telephone number");

    private final CaseOwnerManagement caseOwners;
    private final Learners learners;
    private final CurrentProvider provider;

    CaseOwnerPages(CaseOwnerManagement caseOwners, Learners learners, CurrentProvider provider) {
        this.caseOwners = caseOwners;
        this.learners = learners;
        this.provider = provider;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("caseOwners", caseOwners.list(provider.id()));
        return "case-owners/list";
    }

    @GetMapping("/new")
    String blank(Model model) {
        return edit(null, Form.blank(LABELS), model);
    }

    @PostMapping
    String create(@RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
        Form form = Form.posted(LABELS, parameters);
        CaseOwner created;
        try {
            created = caseOwners.create(provider.id(), details(form.text("givenName"), form.text("familyName"),
                    form.text("email"), form.text("phone")), provider.origin(Channel.UI));
        } catch (InvalidInputException e) {
            return edit(null, form.reject(e), model);
        }
        redirect.addFlashAttribute("success", "Case owner " + created.givenName() + " " + created.familyName() + " added");
        return "redirect:/case-owners";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CaseOwner caseOwner = caseOwners.get(provider.id(), new CaseOwnerId(id));
        Form form = Form.blank(LABELS).with("givenName", caseOwner.givenName())
                .with("familyName", caseOwner.familyName()).with("email", caseOwner.email())
                .with("phone", caseOwner.phone());
        return edit(caseOwner, form, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @RequestParam Map<String, String> parameters, Model model,
                  RedirectAttributes redirect) {
        CaseOwner caseOwner = caseOwners.get(provider.id(), new CaseOwnerId(id));
        Form form = Form.posted(LABELS, parameters);
        try {
            caseOwners.update(provider.id(), caseOwner.id(), ExpectedVersion.ANY, current -> details(
                    form.merged("givenName", current.givenName()), form.merged("familyName", current.familyName()),
                    form.merged("email", current.email()), form.merged("phone", current.phone())),
                    provider.origin(Channel.UI));
        } catch (InvalidInputException e) {
            return edit(caseOwner, form.reject(e), model);
        }
        redirect.addFlashAttribute("success", "Case owner saved");
        return "redirect:/case-owners/" + id;
    }

    private String edit(CaseOwner caseOwner, Form form, Model model) {
        model.addAttribute("caseOwner", caseOwner);
        model.addAttribute("form", form);
        if (caseOwner != null) {
            model.addAttribute("reach", learners.countConnectedLearnersLinkedTo(provider.id(),
                    new LearnerLink.ToCaseOwner(caseOwner.id())));
        }
        return "case-owners/edit";
    }

    private static CaseOwnerDetails details(String givenName, String familyName, String email, String phone) {
        FieldChecks checks = new FieldChecks();
        CaseOwnerDetails details = CaseOwnerDetails.parse(checks, givenName, familyName, email, phone);
        checks.throwIfAny();
        return details;
    }
}
