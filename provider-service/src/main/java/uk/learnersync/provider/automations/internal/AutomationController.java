package uk.learnersync.provider.automations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.learnersync.provider.automations.Approver;
import uk.learnersync.provider.automations.Automation;
import uk.learnersync.provider.automations.AutomationId;
import uk.learnersync.provider.automations.AutomationRequest;
import uk.learnersync.provider.automations.AutomationSettings;
import uk.learnersync.provider.automations.AutomationStatus;
import uk.learnersync.provider.automations.AutomationStep;
import uk.learnersync.provider.automations.AutomationManagement;
import uk.learnersync.provider.automations.ImpactPreview;
import uk.learnersync.provider.learners.CircumstanceOutcome.RecordChange;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.provider.sync.SyncPreview.PlannedDelivery;
import uk.learnersync.provider.tenancy.CurrentProvider;

@RestController
@RequestMapping("/api/v1/automations")
@Tag(name = "Process automations", description = "Trackers for changes of circumstance, employer and working "
        + "conditions: requested, then approved (applied with channel AUTOMATION: CC-1..CC-4, PC-*, MG-5/6, EM-5/6) "
        + "or rejected")
class AutomationController {

    private final AutomationManagement automations;
    private final CurrentProvider provider;

    AutomationController(AutomationManagement automations, CurrentProvider provider) {
        this.automations = automations;
        this.provider = provider;
    }

    record NewAutomation(String type, String learnerId, LocalDate effectiveDate, Map<String, Object> details) {
    }

    record Rejection(String reason) {
    }

    record Settings(Boolean makerChecker) {
    }

    record StepResource(String action, String actor, String channel, Instant at, String note) {

        static StepResource of(AutomationStep step) {
            return new StepResource(step.action().name(), step.actor(), step.channel().name(), step.at(), step.note());
        }
    }

    /** {@code channel} is the channel approving applies the change with: always {@code AUTOMATION}. */
    record AutomationResource(String id, String type, String learnerId, LocalDate effectiveDate,
                              Map<String, Object> details, String status, String channel, String requestedBy,
                              Instant requestedAt, String decidedBy, Instant decidedAt, String rejectionReason,
                              String circumstanceId, List<StepResource> history) {

        static AutomationResource of(Automation automation) {
            return new AutomationResource(automation.id().toString(), automation.type().name(),
                    automation.learnerId().toString(), automation.effectiveDate(), automation.change().details(),
                    automation.status().name(), Channel.AUTOMATION.name(), automation.requestedBy(),
                    automation.requestedAt(), automation.decidedBy(), automation.decidedAt(),
                    automation.rejectionReason(),
                    automation.circumstanceId() == null ? null : automation.circumstanceId().toString(),
                    automation.history().stream().map(StepResource::of).toList());
        }
    }

    record PreviewResource(String automationId, String type, String learnerId, List<PlannedDelivery> deliveries,
                           List<RecordChange> records) {

        static PreviewResource of(ImpactPreview preview) {
            Automation automation = preview.automation();
            return new PreviewResource(automation.id().toString(), automation.type().name(),
                    automation.learnerId().toString(), preview.deliveries(), preview.records());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Request a process automation (PENDING until approved or rejected)",
            description = "details by type: BREAK_IN_LEARNING {expectedReturnDate?}; RETURN_TO_LEARNING "
                    + "{plannedEndDate}; WITHDRAWAL {withdrawReason}; CHANGE_OF_PROGRAMME {programmeId, option?, "
                    + "startDate, plannedEndDate, epaoId?}; CHANGE_OF_EMPLOYER {employerId, employerAddressId, "
                    + "managerId, agreemId?}; CHANGE_OF_WORKING_CONDITIONS {employerAddressId?, managerId?}; "
                    + "CHANGE_OF_PERSONAL_DETAILS {any of givenNames, familyName, dateOfBirth, sex, ethnicity, email}. "
                    + "EPA_OUTCOME is raised by LearnerSync from the EPA platform's result (TW-2). Checked against "
                    + "the learner's record now (field errors, nothing stored) and again on approval")
    AutomationResource request(@RequestBody NewAutomation request) {
        return AutomationResource.of(automations.request(provider.id(), new AutomationRequest(request.type(),
                request.learnerId(), request.effectiveDate(), request.details()), provider.origin(Channel.API)));
    }

    @GetMapping
    @Operation(summary = "List the provider's automations, oldest request first",
            description = "Filtered by status (PENDING, APPLIED, REJECTED) and learnerId when given")
    Map<String, List<AutomationResource>> list(@RequestParam(required = false) String status,
                                               @RequestParam(required = false) String learnerId) {
        FieldChecks checks = new FieldChecks();
        AutomationStatus parsedStatus = checks.optional("status", status, AutomationStatus::of);
        LearnerId learner = checks.optional("learnerId", learnerId, AutomationRequest::learnerId);
        checks.throwIfAny();
        return Map.of("items", automations.list(provider.id(), parsedStatus, learner).stream()
                .map(AutomationResource::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an automation, with every step (who, when, why)",
            description = "Its type, details, status (PENDING, APPLIED or REJECTED) and history.")
    AutomationResource get(@PathVariable UUID id) {
        return AutomationResource.of(automations.get(provider.id(), new AutomationId(id)));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a pending automation: applied to the learner's record with channel AUTOMATION",
            description = "409 when it is not PENDING, when maker-checker is on and this token requested it, or when "
                    + "the learner's record no longer allows it (then nothing is applied)")
    AutomationResource approve(@PathVariable UUID id) {
        return AutomationResource.of(automations.approve(provider.id(), new AutomationId(id),
                Approver.apiToken(provider.origin(Channel.API))));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject a pending automation with a reason: nothing is applied or sent",
            description = "409 when it is not PENDING")
    AutomationResource reject(@PathVariable UUID id, @RequestBody Rejection rejection) {
        return AutomationResource.of(automations.reject(provider.id(), new AutomationId(id), rejection.reason(),
                Approver.apiToken(provider.origin(Channel.API))));
    }

    @GetMapping("/{id}/preview")
    @Operation(summary = "The impact of approving a pending automation",
            description = "What each EPA platform would be told, by which rule, or why nothing; and each learner "
                    + "record that would change. 409 when it is decided or the learner's record no longer allows it")
    PreviewResource preview(@PathVariable UUID id) {
        return PreviewResource.of(automations.preview(provider.id(), new AutomationId(id)));
    }

    @GetMapping("/settings")
    @Operation(summary = "The provider's approval settings",
            description = "makerChecker: whether whoever requested an automation is barred from approving it. On for "
                    + "a new provider.")
    Settings settings() {
        return new Settings(automations.settings(provider.id()).makerChecker());
    }

    @PutMapping("/settings")
    @Operation(summary = "Change the provider's approval settings",
            description = "makerChecker: true bars whoever requested an automation from approving it (409)")
    Settings changeSettings(@RequestBody Settings settings) {
        FieldChecks checks = new FieldChecks();
        Boolean makerChecker = checks.required("makerChecker", settings.makerChecker(), value -> value);
        checks.throwIfAny();
        return new Settings(automations.changeSettings(provider.id(), new AutomationSettings(makerChecker),
                provider.origin(Channel.API)).makerChecker());
    }
}
