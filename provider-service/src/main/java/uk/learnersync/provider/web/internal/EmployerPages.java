package uk.learnersync.provider.web.internal;

import java.util.List;
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

import uk.learnersync.provider.employers.Employer;
import uk.learnersync.provider.employers.EmployerAddress;
import uk.learnersync.provider.employers.EmployerAddressDetails;
import uk.learnersync.provider.employers.EmployerAddressId;
import uk.learnersync.provider.employers.EmployerDetails;
import uk.learnersync.provider.employers.EmployerId;
import uk.learnersync.provider.employers.EmployerManagement;
import uk.learnersync.provider.employers.ManagerManagement;
import uk.learnersync.provider.learners.LearnerLink;
import uk.learnersync.provider.learners.Learners;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ExpectedVersion;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.provider.tenancy.CurrentProvider;

/**
 * Employers and their addresses: changing either updates the EPA record of every linked learner
 * (EM-1, EM-2), and the pages say how many before saving.
 */
@Controller
@RequestMapping("/employers")
class EmployerPages {

    static final Map<String, String> LABELS = Form.labels("name", "Name", "empId", "Employer ID (EmpId)",
            "line1", "Address line 1", "line2", "Address line 2", "line3", "Address line 3",
            "town", "Town or city", "postcode", "Postcode");

    private final EmployerManagement employers;
    private final ManagerManagement managers;
    private final Learners learners;
    private final CurrentProvider provider;

    EmployerPages(EmployerManagement employers, ManagerManagement managers, Learners learners,
                  CurrentProvider provider) {
        this.employers = employers;
        this.managers = managers;
        this.learners = learners;
        this.provider = provider;
    }

    @GetMapping
    String list(@RequestParam(required = false) String name, Model model) {
        model.addAttribute("name", name);
        model.addAttribute("employers", employers.list(provider.id(), name == null || name.isBlank() ? null : name.strip()));
        return "employers/list";
    }

    @GetMapping("/new")
    String blank(Model model) {
        model.addAttribute("form", Form.blank(LABELS));
        return "employers/new";
    }

    @PostMapping
    String create(@RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
        Form form = Form.posted(LABELS, parameters);
        Employer created;
        try {
            FieldChecks checks = new FieldChecks();
            EmployerDetails details = EmployerDetails.parse(checks, form.text("name"), form.text("empId"));
            EmployerAddressDetails address = address(checks, form);
            checks.throwIfAny();
            created = employers.create(provider.id(), details, List.of(address), provider.origin(Channel.UI));
        } catch (InvalidInputException e) {
            model.addAttribute("form", form.reject(e));
            return "employers/new";
        }
        redirect.addFlashAttribute("success", "Employer " + created.name() + " added");
        return "redirect:/employers/" + created.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        Employer employer = employers.get(provider.id(), new EmployerId(id));
        Form form = Form.blank(LABELS).with("name", employer.name()).with("empId", employer.empId());
        return edit(employer, form, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @RequestParam Map<String, String> parameters, Model model,
                  RedirectAttributes redirect) {
        Employer employer = employers.get(provider.id(), new EmployerId(id));
        Form form = Form.posted(LABELS, parameters);
        try {
            employers.update(provider.id(), employer.id(), ExpectedVersion.ANY, current -> employer(form, current),
                    provider.origin(Channel.UI));
        } catch (InvalidInputException e) {
            return edit(employer, form.reject(e), model);
        }
        redirect.addFlashAttribute("success", "Employer saved");
        return "redirect:/employers/" + id;
    }

    @GetMapping("/{id}/addresses/new")
    String blankAddress(@PathVariable UUID id, Model model) {
        Employer employer = employers.get(provider.id(), new EmployerId(id));
        return editAddress(employer, null, Form.blank(LABELS), model);
    }

    @PostMapping("/{id}/addresses")
    String addAddress(@PathVariable UUID id, @RequestParam Map<String, String> parameters, Model model,
                      RedirectAttributes redirect) {
        Employer employer = employers.get(provider.id(), new EmployerId(id));
        Form form = Form.posted(LABELS, parameters);
        try {
            FieldChecks checks = new FieldChecks();
            EmployerAddressDetails details = address(checks, form);
            checks.throwIfAny();
            employers.addAddress(provider.id(), employer.id(), details, provider.origin(Channel.UI));
        } catch (InvalidInputException e) {
            return editAddress(employer, null, form.reject(e), model);
        }
        redirect.addFlashAttribute("success", "Address added");
        return "redirect:/employers/" + id;
    }

    @GetMapping("/{id}/addresses/{addressId}")
    String showAddress(@PathVariable UUID id, @PathVariable UUID addressId, Model model) {
        EmployerAddress address = employers.getAddress(provider.id(), new EmployerId(id), new EmployerAddressId(addressId));
        Form form = Form.blank(LABELS).with("line1", address.line1()).with("line2", address.line2())
                .with("line3", address.line3()).with("town", address.town()).with("postcode", address.postcode());
        return editAddress(employers.get(provider.id(), address.employerId()), address, form, model);
    }

    @PostMapping("/{id}/addresses/{addressId}")
    String updateAddress(@PathVariable UUID id, @PathVariable UUID addressId,
                         @RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
        EmployerAddress address = employers.getAddress(provider.id(), new EmployerId(id), new EmployerAddressId(addressId));
        Form form = Form.posted(LABELS, parameters);
        try {
            employers.updateAddress(provider.id(), address.employerId(), address.id(), ExpectedVersion.ANY,
                    current -> address(form, current), provider.origin(Channel.UI));
        } catch (InvalidInputException e) {
            return editAddress(employers.get(provider.id(), address.employerId()), address, form.reject(e), model);
        }
        redirect.addFlashAttribute("success", "Address saved");
        return "redirect:/employers/" + id;
    }

    private String edit(Employer employer, Form form, Model model) {
        model.addAttribute("employer", employer);
        model.addAttribute("form", form);
        model.addAttribute("managers", managers.list(provider.id(), employer.id()));
        model.addAttribute("reach", learners.countConnectedLearnersLinkedTo(provider.id(),
                new LearnerLink.ToEmployer(employer.id())));
        return "employers/edit";
    }

    private String editAddress(Employer employer, EmployerAddress address, Form form, Model model) {
        model.addAttribute("employer", employer);
        model.addAttribute("address", address);
        model.addAttribute("form", form);
        if (address != null) {
            model.addAttribute("reach", learners.countConnectedLearnersLinkedTo(provider.id(),
                    new LearnerLink.ToEmployerAddress(address.id())));
        }
        return "employers/address";
    }

    /** A new address as entered. */
    private static EmployerAddressDetails address(FieldChecks checks, Form form) {
        return EmployerAddressDetails.parse(checks, "", form.text("line1"), form.text("line2"), form.text("line3"),
                form.text("town"), form.text("postcode"));
    }

    /** The edit form merged onto the employer as it is now (CV-6). */
    private static EmployerDetails employer(Form form, EmployerDetails current) {
        FieldChecks checks = new FieldChecks();
        EmployerDetails details = EmployerDetails.parse(checks, form.merged("name", current.name()),
                form.merged("empId", current.empId()));
        checks.throwIfAny();
        return details;
    }

    /** The edit form merged onto the address as it is now (CV-6). */
    private static EmployerAddressDetails address(Form form, EmployerAddressDetails current) {
        FieldChecks checks = new FieldChecks();
        EmployerAddressDetails details = EmployerAddressDetails.parse(checks, "",
                form.merged("line1", current.line1()), form.merged("line2", current.line2()),
                form.merged("line3", current.line3()), form.merged("town", current.town()),
                form.merged("postcode", current.postcode()));
        checks.throwIfAny();
        return details;
    }
}
