package uk.learnersync.epaplatform.apprentices.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.epaplatform.apprentices.Apprentice;
import uk.learnersync.epaplatform.apprentices.ApprenticeId;
import uk.learnersync.epaplatform.apprentices.Apprentices;
import uk.learnersync.epaplatform.apprentices.HistoryEntry;
import uk.learnersync.epaplatform.apprentices.PlatformCalendar;
import uk.learnersync.epaplatform.organisations.Organisation;
import uk.learnersync.epaplatform.organisations.Organisations;
import uk.learnersync.validation.NotFoundException;

/** Read-only pages on which a person watches an organisation's apprentices change as providers sync. */
@Controller
@Hidden
class ApprenticePageController {

    private final Organisations organisations;
    private final Apprentices apprentices;
    private final JsonMapper json;

    ApprenticePageController(Organisations organisations, Apprentices apprentices, JsonMapper json) {
        this.organisations = organisations;
        this.apprentices = apprentices;
        this.json = json;
    }

    /** A history entry with its body laid out for reading. */
    record HistoryRow(HistoryEntry entry, String body) {
    }

    @GetMapping("/organisations/{epaoId}")
    String organisation(@PathVariable String epaoId, Model model) {
        Organisation organisation = organisations.get(epaoId);
        model.addAttribute("organisation", organisation);
        model.addAttribute("today", PlatformCalendar.today());
        model.addAttribute("apprentices", apprentices.listAtOrganisation(organisation.epaoId(), null));
        return "organisation";
    }

    @GetMapping("/organisations/{epaoId}/apprentices/{apprenticeId}")
    String apprentice(@PathVariable String epaoId, @PathVariable String apprenticeId, Model model) {
        Organisation organisation = organisations.get(epaoId);
        ApprenticeId id = ApprenticeId.parse(apprenticeId)
                .orElseThrow(() -> new NotFoundException("Apprentice", apprenticeId));
        Apprentice apprentice = apprentices.getAtOrganisation(organisation.epaoId(), id);
        List<HistoryRow> history = new ArrayList<>(apprentices.history(organisation.epaoId(), id).stream()
                .map(entry -> new HistoryRow(entry,
                        json.writerWithDefaultPrettyPrinter().writeValueAsString(entry.body())))
                .toList());
        Collections.reverse(history);
        model.addAttribute("organisation", organisation);
        model.addAttribute("apprentice", apprentice);
        model.addAttribute("today", PlatformCalendar.today());
        model.addAttribute("history", history);
        return "apprentice";
    }
}
