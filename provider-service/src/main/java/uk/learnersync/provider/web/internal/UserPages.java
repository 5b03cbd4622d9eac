package uk.learnersync.provider.web.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.provider.staff.StaffRole;
import uk.learnersync.provider.staff.StaffUser;
import uk.learnersync.provider.staff.StaffUserManagement;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.tenancy.CurrentProvider;

/** Administration: the people who sign in to the pages, with their roles, and adding one. */
@Controller
@RequestMapping("/admin/users")
class UserPages {

    static final Map<String, String> LABELS = Form.labels("name", "Full name", "email", "Email address",
            "password", "Password", "roles", "Roles");

    private final StaffUserManagement users;
    private final CurrentProvider provider;

    UserPages(StaffUserManagement users, CurrentProvider provider) {
        this.users = users;
        this.provider = provider;
    }

    @GetMapping
    String blank(Model model) {
        return page(Form.blank(LABELS), List.of(), model);
    }

    @PostMapping
    String create(@RequestParam MultiValueMap<String, String> parameters, Model model, RedirectAttributes redirect) {
        Form form = Form.posted(LABELS, parameters.toSingleValueMap());
        List<String> roles = parameters.getOrDefault("roles", List.of());
        StaffUser created;
        try {
            created = users.create(provider.id(), form.text("email"), form.text("name"), form.text("password"), roles,
                    provider.origin(Channel.UI));
        } catch (InvalidInputException e) {
            return page(form.reject(e), roles, model);
        } catch (ConflictException e) {
            form.rejectWith("email", e.getMessage());
            return page(form, roles, model);
        }
        redirect.addFlashAttribute("success", created.name() + " (" + created.email() + ") can now sign in as "
                + String.join(", ", created.roles().stream().map(StaffRole::name).sorted().toList()));
        return "redirect:/admin/users";
    }

    private String page(Form form, List<String> chosenRoles, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("chosenRoles", chosenRoles);
        model.addAttribute("users", users.list(provider.id()));
        return "admin/users";
    }
}
