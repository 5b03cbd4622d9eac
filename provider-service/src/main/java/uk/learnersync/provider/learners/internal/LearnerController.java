package uk.learnersync.provider.learners.internal;

import static org.springframework.http.HttpHeaders.IF_MATCH;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import uk.learnersync.provider.learners.EpaRegistration;
import uk.learnersync.provider.learners.Completion;
import uk.learnersync.provider.learners.EpaProgress;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.LearnerDetailsInput;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.LearnerManagement;
import uk.learnersync.provider.learners.LearnerSearch;
import uk.learnersync.provider.learners.ProgrammeInput;
import uk.learnersync.provider.learners.RegistrationMode;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ETagged;
import uk.learnersync.provider.shared.ETags;
import uk.learnersync.provider.shared.ExpectedVersion;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.provider.shared.MergePatch;
import uk.learnersync.provider.tenancy.CurrentProvider;

@RestController
@RequestMapping("/api/v1/learners")
@Tag(name = "Learners", description = "ILR learner records, their programme and their registration with the EPAO")
class LearnerController {

    private final LearnerManagement learners;
    private final CurrentProvider provider;
    private final MergePatch mergePatch;

    LearnerController(LearnerManagement learners, CurrentProvider provider, MergePatch mergePatch) {
        this.learners = learners;
        this.provider = provider;
        this.mergePatch = mergePatch;
    }

    record LearnerRequest(String uln, String givenNames, String familyName, LocalDate dateOfBirth, String sex,
                          Integer ethnicity, String email, String learnRefNumber, String caseOwnerId,
                          String managerId, String employerId, String employerAddressId, String agreemId,
                          ProgrammeInput programme) {

        LearnerDetailsInput details() {
            return new LearnerDetailsInput(uln, givenNames, familyName, dateOfBirth, sex, ethnicity, email,
                    learnRefNumber, caseOwnerId, managerId, employerId, employerAddressId, agreemId);
        }
    }

    record RegistrationRequest(String mode) {
    }

    record RegistrationResource(String mode, String epaoId, String connectionId, String apprenticeId) {

        static RegistrationResource of(EpaRegistration registration) {
            return new RegistrationResource(registration.mode().name(), text(registration.epaoId()),
                    text(registration.connectionId()), registration.apprenticeId());
        }
    }

    record LearnerResource(String id, String learnRefNumber, String uln, String givenNames, String familyName,
                           LocalDate dateOfBirth, String sex, int ethnicity, String email, String caseOwnerId,
                           String managerId, String employerId, String employerAddressId, String agreemId,
                           ProgrammeInput programme, RegistrationResource epaRegistration, String status,
                           int compStatus, Integer withdrawReason, LocalDate learnActEndDate, Integer outcome,
                           LocalDate achievementDate, String outGrade, EpaResource epa) {

        static LearnerResource of(Learner learner) {
            Completion completion = learner.completion();
            return new LearnerResource(learner.id().toString(), learner.learnRefNumber(), learner.uln().value(),
                    learner.givenNames(), learner.familyName(), learner.dateOfBirth(), learner.sex().name(),
                    learner.ethnicity().code(), learner.email(), text(learner.caseOwnerId()),
                    text(learner.managerId()), text(learner.employerId()), text(learner.employerAddressId()),
                    text(learner.agreemId()), ProgrammeInput.of(learner.enrolment()), RegistrationResource.of(learner.registration()),
                    learner.status().name(), learner.status().compStatus(), learner.withdrawReason(),
                    learner.learnActEndDate(), completion.outcome() == null ? null : completion.outcome().code(),
                    completion.achievementDate(), completion.outGrade() == null ? null : completion.outGrade().code(),
                    EpaResource.of(learner.epa()));
        }
    }

    /** What the EPAO's platform records of the learner's end-point assessment, read back (TW-1..TW-3). */
    record EpaResource(String platformStatus, LocalDate gatewayDate, String grade, LocalDate assessmentDate) {

        static EpaResource of(EpaProgress epa) {
            return new EpaResource(epa.platformStatus(), epa.gatewayDate(), epa.grade(), epa.assessmentDate());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a learner",
            description = "programme.epaoId defaults to the programme's EPAO; learnRefNumber is generated when absent")
    @ETagged
    ResponseEntity<LearnerResource> create(@RequestBody LearnerRequest request) {
        return ETags.created(learners.create(provider.id(), request.details(), request.programme(),
                provider.origin(Channel.API)), LearnerResource::of);
    }

    @GetMapping
    @Operation(summary = "Find learners", description = "By ULN, learnRefNumber or part of the name (q); ordered by name, paged")
    Map<String, Object> search(@RequestParam(required = false) String uln,
                               @RequestParam(required = false) String learnRefNumber,
                               @RequestParam(required = false) String q,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        FieldChecks checks = new FieldChecks();
        LearnerSearch search = LearnerSearch.of(checks, uln, learnRefNumber, q, page, size);
        checks.throwIfAny();
        List<LearnerResource> items = learners.search(provider.id(), search).stream().map(LearnerResource::of).toList();
        return Map.of("items", items, "page", search.page(), "size", search.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a learner",
            description = "The ILR record with its programme, EPA registration, status and completion fields, and "
                    + "what was read back from the EPA platform; with its ETag.")
    @ETagged
    ResponseEntity<LearnerResource> get(@PathVariable UUID id) {
        return ETags.ok(learners.get(provider.id(), new LearnerId(id)), LearnerResource::of);
    }

    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change a learner's personal details, reference and links (JSON merge patch)",
            description = "null clears caseOwnerId, managerId, employerId or employerAddressId; the links are checked "
                    + "together, so replacing the employer needs its address and manager too (EM-4, MG-4, CO-4)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = LearnerDetailsInput.class))))
    @ETagged
    ResponseEntity<LearnerResource> patch(@PathVariable UUID id,
                                          @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                          @RequestBody JsonNode patch) {
        return ETags.ok(learners.changeDetails(provider.id(), new LearnerId(id), ExpectedVersion.ifMatch(ifMatch),
                current -> mergePatch.apply(current, patch, LearnerDetailsInput.class), provider.origin(Channel.API)),
                LearnerResource::of);
    }

    @PatchMapping(path = "/{id}/programme", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(operationId = "patchLearnerProgramme",
            summary = "Change the learner's programme details (JSON merge patch)",
            description = "Dates and EPA period (PG-1..PG-4), or programmeId, option and epaoId (PC-1..PC-5). A new "
                    + "programmeId without option or epaoId starts without an option and with the programme's EPAO; "
                    + "epaoId null means the programme's EPAO. The learner's ETag and If-Match are those of "
                    + "GET /api/v1/learners/{id}",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = ProgrammeInput.class))))
    @ETagged
    ResponseEntity<LearnerResource> patchProgramme(@PathVariable UUID id,
                                                   @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                   @RequestBody JsonNode patch) {
        return ETags.ok(learners.changeEnrolment(provider.id(), new LearnerId(id), ExpectedVersion.ifMatch(ifMatch),
                current -> onNewProgramme(current, mergePatch.apply(current, patch, ProgrammeInput.class), patch),
                provider.origin(Channel.API)), LearnerResource::of);
    }

    /** The option and EPAO of the old programme mean nothing on a new one unless the patch names them. */
    private static ProgrammeInput onNewProgramme(ProgrammeInput current, ProgrammeInput merged, JsonNode patch) {
        if (Objects.equals(current.programmeId(), merged.programmeId())) {
            return merged;
        }
        return new ProgrammeInput(merged.programmeId(), patch.has("option") ? merged.option() : null,
                merged.startDate(), merged.plannedEndDate(), merged.epaPeriodMonths(),
                patch.has("epaoId") ? merged.epaoId() : null, merged.offTheJobHours());
    }

    @PostMapping("/{id}/epa-registration")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register the learner with its programme's EPAO",
            description = "{} registers through the provider's connection to that EPAO (RG-1; 409 without one); "
                    + "{\"mode\":\"MANUAL\"} records a registration made outside this system (RG-2)")
    @ETagged
    ResponseEntity<LearnerResource> register(@PathVariable UUID id, @RequestBody RegistrationRequest request) {
        FieldChecks checks = new FieldChecks();
        RegistrationMode mode = checks.optional("mode", request.mode(), RegistrationMode::requested);
        checks.throwIfAny();
        return ETags.created(learners.register(provider.id(), new LearnerId(id),
                mode == null ? RegistrationMode.CONNECTED : mode, provider.origin(Channel.API)), LearnerResource::of);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
