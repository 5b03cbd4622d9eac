package uk.learnersync.provider.audit.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.learnersync.provider.audit.AuditEntry;
import uk.learnersync.provider.audit.AuditLog;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.Learners;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.tenancy.CurrentProvider;

@RestController
@Tag(name = "Audit", description = "Who changed a record, when, through which channel, before and after")
class AuditController {

    private final AuditLog auditLog;
    private final Learners learners;
    private final CurrentProvider provider;

    AuditController(AuditLog auditLog, Learners learners, CurrentProvider provider) {
        this.auditLog = auditLog;
        this.learners = learners;
        this.provider = provider;
    }

    @GetMapping("/api/v1/learners/{id}/audit")
    @Operation(summary = "The learner's audit trail, oldest first",
            description = "Every change to the learner: who made it, through which channel, and the record before and "
                    + "after; a person's retry or skip of a blocked delivery too.")
    Map<String, List<AuditEntry>> ofLearner(@PathVariable UUID id) {
        LearnerId learnerId = new LearnerId(id);
        learners.find(provider.id(), learnerId).orElseThrow(() -> new NotFoundException("Learner", id));
        return Map.of("items", auditLog.ofLearner(provider.id(), learnerId));
    }
}
