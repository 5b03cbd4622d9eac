package uk.learnersync.provider.sync.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.epa.EpaConnections;
import uk.learnersync.provider.learners.AppliedCircumstance;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.RegistrationMode;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.PlatformRecord;
import uk.learnersync.provider.sync.SyncPreview;
import uk.learnersync.provider.sync.plan.Plan;
import uk.learnersync.provider.sync.plan.Planner;
import uk.learnersync.provider.sync.plan.RecordState;
import uk.learnersync.provider.sync.policy.SyncAction;

@Service
class PreviewService implements SyncPreview {

    private final RecordStore records;
    private final SnapshotReader snapshots;
    private final EpaConnections connections;
    private final PolicyStore policies;

    PreviewService(RecordStore records, SnapshotReader snapshots, EpaConnections connections, PolicyStore policies) {
        this.records = records;
        this.snapshots = snapshots;
        this.connections = connections;
        this.policies = policies;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlannedDelivery> preview(ProviderId providerId, Learner before, Learner after,
                                         AppliedCircumstance circumstance, ChangeOrigin origin) {
        if (before.registration().mode() == RegistrationMode.NONE && after.registration().mode() == RegistrationMode.NONE) {
            return List.of(new PlannedDelivery(null, SyncAction.NOTHING.name(), false, null, null,
                    "The learner is not registered with an EPAO: nothing is sent"));
        }
        List<RecordState> known = records.ofLearner(providerId, before.id());
        PlatformRecord live = after.registration().isConnected() ? snapshots.read(after) : null;
        Plan plan = new Planner(policies.policyOf(providerId), LocalDate.now()).learnerChanged(before, after,
                circumstance, origin, live, known, epaoId -> connections.forEpao(providerId, epaoId).isPresent());
        return plan.steps().stream()
                .map(step -> new PlannedDelivery(step.ruleId(), step.action().name(), step.sends(),
                        step.epaoId() == null ? null : step.epaoId().value(),
                        step.connectionId() == null ? null : step.connectionId().toString(), step.reason()))
                .toList();
    }
}
