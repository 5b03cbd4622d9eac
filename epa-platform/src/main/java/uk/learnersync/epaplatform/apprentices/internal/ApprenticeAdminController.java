package uk.learnersync.epaplatform.apprentices.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import uk.learnersync.epaplatform.apprentices.ApprenticeId;
import uk.learnersync.epaplatform.apprentices.ApprenticeRecord;
import uk.learnersync.epaplatform.apprentices.Apprentices;
import uk.learnersync.epaplatform.organisations.EpaoId;
import uk.learnersync.epaplatform.organisations.Organisations;
import uk.learnersync.validation.NotFoundException;

@RestController
@RequestMapping("/admin/organisations/{epaoId}/apprentices")
@Tag(name = "Operator")
@SecurityRequirement(name = "operatorToken")
class ApprenticeAdminController {

    private final Organisations organisations;
    private final Apprentices apprentices;

    ApprenticeAdminController(Organisations organisations, Apprentices apprentices) {
        this.organisations = organisations;
        this.apprentices = apprentices;
    }

    record Items<T>(List<T> items) {
    }

    record HistoryResource(Instant at, String call, String connectionId, JsonNode body) {
    }

    @GetMapping
    @Operation(summary = "List an organisation's apprentices",
            description = "All of them, or those with the ULN given.")
    Items<ApprenticeRecord> list(@PathVariable String epaoId, @RequestParam(required = false) String uln) {
        EpaoId organisation = organisations.get(epaoId).epaoId();
        String wanted = uln == null || uln.isBlank() ? null : uln.strip();
        return new Items<>(apprentices.listAtOrganisation(organisation, wanted).stream()
                .map(ApprenticeRecord::of)
                .toList());
    }

    @GetMapping("/{apprenticeId}/history")
    @Operation(summary = "An apprentice's history",
            description = "Every accepted write, oldest first, with the body as sent.")
    Items<HistoryResource> history(@PathVariable String epaoId, @PathVariable String apprenticeId) {
        EpaoId organisation = organisations.get(epaoId).epaoId();
        ApprenticeId id = ApprenticeId.parse(apprenticeId)
                .orElseThrow(() -> new NotFoundException("Apprentice", apprenticeId));
        return new Items<>(apprentices.history(organisation, id).stream()
                .map(entry -> new HistoryResource(entry.at(), entry.call().name(), entry.connectionId().toString(),
                        entry.body()))
                .toList());
    }
}
