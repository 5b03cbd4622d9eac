package uk.learnersync.provider.epa.internal;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.learnersync.provider.epa.EpaoId;
import uk.learnersync.provider.epa.Standard;
import uk.learnersync.provider.epa.Standards;
import uk.learnersync.validation.NotFoundException;

@RestController
@RequestMapping("/api/v1/standards")
@Tag(name = "Standards", description = "The apprenticeship standards catalogue shipped with the product (2018)")
class StandardController {

    private final Standards standards;

    StandardController(Standards standards) {
        this.standards = standards;
    }

    /** {@code epaoIds}: the EPAOs the register lists as assessing the standard. */
    record StandardResource(int code, String reference, String title, Integer level, List<String> epaoIds) {

        static StandardResource of(Standard standard) {
            return new StandardResource(standard.code(), standard.reference(), standard.title(), standard.level(),
                    standard.assessors().stream().map(EpaoId::value).toList());
        }
    }

    @GetMapping
    @Operation(summary = "Search the catalogue by LARS code, IfATE reference or title",
            description = "The apprenticeship standards LearnerSync knows, for choosing a programme's standard code "
                    + "and reference.")
    Map<String, List<StandardResource>> search(@RequestParam(required = false) String q) {
        return Map.of("items", standards.search(q).stream().map(StandardResource::of).toList());
    }

    @GetMapping("/{code}")
    @Operation(summary = "Read a standard by its LARS code",
            description = "Its IfATE reference, title and versions.")
    StandardResource get(@PathVariable int code) {
        return StandardResource.of(standards.find(code).orElseThrow(() -> new NotFoundException("Standard", code)));
    }
}
