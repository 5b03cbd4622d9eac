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

import uk.learnersync.provider.epa.EpaConnection;
import uk.learnersync.provider.epa.EpaConnectionDetails;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaConnectionManagement;
import uk.learnersync.provider.epa.Epaos;
import uk.learnersync.provider.epapro.ConnectionCheck;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.validation.ConflictException;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidInputException;
import uk.learnersync.provider.tenancy.CurrentProvider;

/**
 * Administration: the provider's connections to EPA platforms, each testable. The token is write-only:
 * never shown, never refilled.
 */
@Controller
@RequestMapping("/admin/connections")
class ConnectionPages {

    static final Map<String, String> LABELS = Form.labels("epaoId", "Assessment organisation (EPAO) ID", "baseUrl",
            "Platform address", "apiToken", "API token");

    private final EpaConnectionManagement connections;
    private final ConnectionCheck connectionCheck;
    private final Epaos epaos;
    private final CurrentProvider provider;

    ConnectionPages(EpaConnectionManagement connections, ConnectionCheck connectionCheck, Epaos epaos,
                    CurrentProvider provider) {
        this.connections = connections;
        this.connectionCheck = connectionCheck;
        this.epaos = epaos;
        this.provider = provider;
    }

    @GetMapping
    String list(Model model) {
        return page(Form.blank(LABELS), model);
    }

    @PostMapping
    String connect(@RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
        Form form = Form.posted(LABELS, parameters);
        EpaConnection connection;
        try {
            FieldChecks checks = new FieldChecks();
            EpaConnectionDetails details = EpaConnectionDetails.parse(checks, form.text("epaoId"), form.text("baseUrl"),
                    form.text("apiToken"),
                    epaoId -> epaos.resolve(provider.id(), epaoId));
            checks.throwIfAny();
            connection = connections.connect(provider.id(), details, provider.origin(Channel.UI));
        } catch (InvalidInputException e) {
            return page(form.reject(e), model);
        } catch (ConflictException e) {
            form.rejectWith("epaoId", e.getMessage());
            return page(form, model);
        }
        redirect.addFlashAttribute("success", "Connected to " + connection.epaoId());
        return "redirect:/admin/connections";
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable UUID id, RedirectAttributes redirect) {
        EpaConnection connection = connections.get(provider.id(), new EpaConnectionId(id));
        try {
            connections.remove(provider.id(), connection.id(), provider.origin(Channel.UI));
            redirect.addFlashAttribute("success", "Connection to " + connection.epaoId() + " removed");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/connections";
    }

    /** New credentials from the EPA organisation: registrations stay, and what waited on the connection goes (CV-2). */
    @PostMapping("/{id}/token")
    String replaceToken(@PathVariable UUID id, @RequestParam(required = false) String apiToken,
                        RedirectAttributes redirect) {
        EpaConnection connection = connections.get(provider.id(), new EpaConnectionId(id));
        try {
            FieldChecks checks = new FieldChecks();
            String token = checks.required("apiToken", apiToken, EpaConnectionDetails::apiToken);
            checks.throwIfAny();
            connections.replaceToken(provider.id(), connection.id(), token, provider.origin(Channel.UI));
            redirect.addFlashAttribute("success", "The token of the connection to " + connection.epaoId()
                    + " was replaced; changes waiting for it are on their way");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", "The token of the connection to " + connection.epaoId()
                    + " was not replaced: the new token " + e.errors().get(0).message());
        }
        return "redirect:/admin/connections#connection-" + connection.epaoId();
    }

    /** Calls the platform with the connection's address and token, and says what came back. */
    @PostMapping("/{id}/test")
    String test(@PathVariable UUID id, RedirectAttributes redirect) {
        EpaConnection connection = connections.get(provider.id(), new EpaConnectionId(id));
        ConnectionCheck.Result result = connectionCheck.check(provider.id(), connection.id());
        redirect.addFlashAttribute(result.connected() ? "success" : "problem",
                connection.epaoId() + ": " + result.message());
        return "redirect:/admin/connections";
    }

    private String page(Form form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("connections", connections.list(provider.id()).stream()
                .map(connection -> new ConnectionRow(connection,
                        epaos.nameOf(provider.id(), connection.epaoId()).orElse("")))
                .toList());
        return "admin/connections";
    }

    record ConnectionRow(EpaConnection connection, String epaoName) {
    }
}
