package uk.learnersync.provider.sync.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.learnersync.provider.employers.EmployerAddressChanged;
import uk.learnersync.provider.employers.EmployerChanged;
import uk.learnersync.provider.employers.ManagerChanged;
import uk.learnersync.provider.epa.EpaConnections;
import uk.learnersync.provider.learners.LearnerChanged;
import uk.learnersync.provider.learners.RegistrationMode;
import uk.learnersync.provider.programmes.ProgrammeChanged;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.staff.CaseOwnerChanged;
import uk.learnersync.provider.sync.PlatformRecord;
import uk.learnersync.provider.sync.plan.Plan;
import uk.learnersync.provider.sync.plan.Planner;
import uk.learnersync.provider.sync.plan.RecordState;
import uk.learnersync.provider.sync.policy.SyncPolicy.Decision;
import uk.learnersync.provider.sync.policy.Trigger;

/**
 * Turns the modules' events into plans, and writes them. The listeners run synchronously inside the
 * transaction that published the event, so the change and its record of intent commit together or
 * not at all (ARCHITECTURE.md, promise 1); the learner's active record is locked while its plan is
 * made, so two changes of one learner plan one after the other.
 */
@Component
class ChangeRecorder {

    private final RecordStore records;
    private final SnapshotReader snapshots;
    private final EpaConnections connections;
    private final PolicyStore policies;
    private final PlanWriter writer;
    private final FanOuts fanOuts;

    ChangeRecorder(RecordStore records, SnapshotReader snapshots, EpaConnections connections, PolicyStore policies,
                   PlanWriter writer, FanOuts fanOuts) {
        this.records = records;
        this.snapshots = snapshots;
        this.connections = connections;
        this.policies = policies;
        this.writer = writer;
        this.fanOuts = fanOuts;
    }

    @EventListener
    void on(LearnerChanged event) {
        if (event.before().registration().mode() == RegistrationMode.NONE
                && event.after().registration().mode() == RegistrationMode.NONE) {
            return;
        }
        ProviderId providerId = event.providerId();
        List<RecordState> known = records.ofLearnerForUpdate(event.learnerId());
        PlatformRecord live = event.after().registration().isConnected() ? snapshots.read(event.after()) : null;
        Plan plan = planner(providerId).learnerChanged(event.before(), event.after(), event.circumstance(),
                event.origin(), live, known, epaoId -> connections.forEpao(providerId, epaoId).isPresent());
        writer.write(providerId, event.learnerId(), plan, event.origin().channel(), event.origin().actor(), null);
    }

    @EventListener
    void on(CaseOwnerChanged event) {
        fanOut(event.providerId(), LinkType.CASE_OWNER, event.caseOwnerId().value(),
                Trigger.CASE_OWNER_DETAILS_CHANGED, event.origin());
    }

    @EventListener
    void on(ManagerChanged event) {
        fanOut(event.providerId(), LinkType.MANAGER, event.managerId().value(),
                Trigger.MANAGER_DETAILS_CHANGED, event.origin());
    }

    @EventListener
    void on(EmployerChanged event) {
        fanOut(event.providerId(), LinkType.EMPLOYER, event.employerId().value(),
                Trigger.EMPLOYER_DETAILS_CHANGED, event.origin());
    }

    @EventListener
    void on(EmployerAddressChanged event) {
        fanOut(event.providerId(), LinkType.EMPLOYER_ADDRESS, event.addressId().value(),
                Trigger.EMPLOYER_ADDRESS_DETAILS_CHANGED, event.origin());
    }

    /**
     * A programme's standard or version changed: every learner on it follows (CV-5). A new EPAO of the
     * programme is its learners' own change, which the learners module makes and publishes.
     */
    @EventListener
    void on(ProgrammeChanged event) {
        if (event.definitionChanged()) {
            fanOut(event.providerId(), LinkType.PROGRAMME, event.programmeId().value(),
                    Trigger.PROGRAMME_DEFINITION_CHANGED, event.origin());
        }
    }

    private void fanOut(ProviderId providerId, LinkType linkType, UUID linkId, Trigger trigger, ChangeOrigin origin) {
        policies.policyOf(providerId).decide(trigger, origin)
                .filter(Decision::sends)
                .ifPresent(decision -> fanOuts.record(providerId, linkType, linkId, decision.rule(), origin.channel(),
                        origin.actor()));
    }

    private Planner planner(ProviderId providerId) {
        return new Planner(policies.policyOf(providerId), LocalDate.now());
    }
}
