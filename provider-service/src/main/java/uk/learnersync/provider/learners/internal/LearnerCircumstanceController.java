package uk.learnersync.provider.learners.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.learnersync.provider.learners.Circumstance;
import uk.learnersync.provider.learners.CircumstanceChange;
import uk.learnersync.provider.learners.CircumstanceInput;
import uk.learnersync.provider.learners.CircumstanceManagement;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.provider.tenancy.CurrentProvider;

@RestController
@RequestMapping("/api/v1/learners/{id}/circumstances")
@Tag(name = "Learners")
class LearnerCircumstanceController {

    private final CircumstanceManagement circumstances;
    private final CurrentProvider provider;

    LearnerCircumstanceController(CircumstanceManagement circumstances, CurrentProvider provider) {
        this.circumstances = circumstances;
        this.provider = provider;
    }

    record CircumstanceRequest(String type, LocalDate effectiveDate, Map<String, Object> details) {
    }

    record CircumstanceResource(String id, String type, LocalDate effectiveDate, Map<String, Object> details,
                                String channel, String actor, Instant recordedAt) {

        static CircumstanceResource of(Circumstance circumstance) {
            return new CircumstanceResource(circumstance.id().toString(), circumstance.type().name(),
                    circumstance.effectiveDate(), circumstance.details(), circumstance.channel().name(),
                    circumstance.actor(), circumstance.recordedAt());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply a change of circumstance directly (channel MANUAL)",
            description = "The same ILR effects as approving the tracker of that type, and the same details "
                    + "(BREAK_IN_LEARNING, RETURN_TO_LEARNING, WITHDRAWAL, CHANGE_OF_PROGRAMME, and also "
                    + "CHANGE_OF_EMPLOYER and CHANGE_OF_WORKING_CONDITIONS). Nothing about a change of circumstance "
                    + "is sent to the EPA platform (CC-5); a change of programme to another EPAO switches a "
                    + "connected learner to a manual registration. A state that refuses the change (e.g. a return "
                    + "for a learner not on a break) is a 400 field error, like any other bad input")
    CircumstanceResource apply(@PathVariable UUID id, @RequestBody CircumstanceRequest request) {
        FieldChecks checks = new FieldChecks();
        CircumstanceChange change = new CircumstanceInput(request.type(), request.effectiveDate(), request.details())
                .parse(checks);
        checks.throwIfAny();
        return CircumstanceResource.of(circumstances.apply(provider.id(), new LearnerId(id), change,
                provider.origin(Channel.MANUAL)));
    }

    @GetMapping
    @Operation(summary = "List the learner's changes of circumstance, oldest first",
            description = "Applied directly (MANUAL, IMPORT) or by approving a tracker (AUTOMATION)")
    Map<String, List<CircumstanceResource>> list(@PathVariable UUID id) {
        return Map.of("items", circumstances.list(provider.id(), new LearnerId(id)).stream()
                .map(CircumstanceResource::of).toList());
    }
}
