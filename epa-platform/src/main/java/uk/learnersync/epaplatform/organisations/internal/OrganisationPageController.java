package uk.learnersync.epaplatform.organisations.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import io.swagger.v3.oas.annotations.Hidden;
import uk.learnersync.epaplatform.organisations.EpaoId;
import uk.learnersync.epaplatform.organisations.Organisations;
import uk.learnersync.epaplatform.web.Page;

/** The list of organisations, and the Revoke button of the organisation page's connections. */
@Controller
@Page
@Hidden
class OrganisationPageController {

    private final Organisations organisations;

    OrganisationPageController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("organisations", organisations.list());
        return "home";
    }

    @PostMapping("/organisations/{epaoId}/connections/{connectionId}/revoke")
    String revoke(@PathVariable String epaoId, @PathVariable String connectionId) {
        EpaoId organisation = organisations.get(epaoId).epaoId();
        organisations.revoke(organisation, connectionId);
        return "redirect:/organisations/" + organisation + "?revoked#connections";
    }
}
