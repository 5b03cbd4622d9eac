package uk.learnersync.provider.epa.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.learnersync.provider.epa.Epao;
import uk.learnersync.provider.epa.EpaoDirectory;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidValueException;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.validation.Text;
import uk.learnersync.provider.tenancy.CurrentProvider;

@RestController
@RequestMapping("/api/v1/epaos")
@Tag(name = "EPAOs", description = "Assessment organisations (EPAOs): the shipped register (preloaded) plus the ones "
        + "a provider adds. An epaoId is EPA and 4 digits or, from ILR 2026/27 on, the organisation's UKPRN; a UKPRN "
        + "the register knows is that organisation")
class EpaoController {

    private final EpaoDirectory epaos;
    private final CurrentProvider provider;

    EpaoController(EpaoDirectory epaos, CurrentProvider provider) {
        this.epaos = epaos;
        this.provider = provider;
    }

    record EpaoRequest(String epaoId, String name) {
    }

    /** {@code source} is {@code REGISTER} for the shipped register, {@code PROVIDER} for one the provider added. */
    record EpaoResource(String epaoId, String name, String ukprn, String source) {

        static EpaoResource of(Epao epao) {
            return new EpaoResource(epao.epaoId().value(), epao.name(), epao.ukprn(),
                    epao.inRegister() ? "REGISTER" : "PROVIDER");
        }
    }

    @PostMapping
    @Operation(summary = "Add an EPAO to the provider's directory",
            description = "201 when added; 200 with the known EPAO when the register or the directory has it already "
                    + "(a UKPRN the register gives an organisation answers that organisation)")
    @ApiResponse(responseCode = "201", description = "Added to the provider's directory")
    @ApiResponse(responseCode = "200", description = "Already known: the register's or the directory's entry")
    ResponseEntity<EpaoResource> add(@RequestBody EpaoRequest request) {
        FieldChecks checks = new FieldChecks();
        EpaoId epaoId = checks.required("epaoId", request.epaoId(), EpaoId::of);
        String name = checks.required("name", request.name(), value -> Text.line(value, 200));
        checks.throwIfAny();
        EpaoDirectory.Added added = epaos.add(provider.id(), epaoId, name, provider.origin(Channel.API));
        return ResponseEntity.status(added.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(EpaoResource.of(added.epao()));
    }

    @GetMapping
    @Operation(summary = "List the EPAOs, optionally those whose ID, name or UKPRN contains q",
            description = "The register shipped with LearnerSync and the EPAOs the provider added (by POST or from "
                    + "ILR files).")
    Map<String, List<EpaoResource>> list(@RequestParam(required = false) String q) {
        return Map.of("items", epaos.search(provider.id(), q).stream().map(EpaoResource::of).toList());
    }

    @GetMapping("/{epaoId}")
    @Operation(summary = "Read an EPAO, by its ID or its UKPRN",
            description = "An 8-digit UKPRN that the register knows answers with that organisation and its EPA ID.")
    EpaoResource get(@PathVariable String epaoId) {
        EpaoId id;
        try {
            id = EpaoId.of(epaoId);
        } catch (InvalidValueException e) {
            // A malformed ID cannot name an EPAO.
            throw new NotFoundException("EPAO", epaoId);
        }
        return EpaoResource.of(epaos.get(provider.id(), id));
    }
}
