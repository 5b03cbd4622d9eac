package uk.learnersync.provider.sync.internal;

import uk.learnersync.provider.sync.TaskStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.learnersync.provider.employers.EmployerAddressChanged;
import uk.learnersync.provider.employers.EmployerChanged;
import uk.learnersync.provider.employers.ManagerChanged;
import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaConnections;
import uk.learnersync.provider.learners.Enrolment;
import uk.learnersync.provider.learners.EpaRegistration;
import uk.learnersync.provider.learners.LearnerCircumstanceRecorded;
import uk.learnersync.provider.learners.LearnerProgrammeChanged;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.LearnerAspect;
import uk.learnersync.provider.learners.LearnerChanged;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.LearnerRegistered;
import uk.learnersync.provider.learners.Learners;
import uk.learnersync.provider.learners.RegistrationMode;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.staff.CaseOwnerChanged;
import uk.learnersync.provider.sync.policy.SyncAction;
import uk.learnersync.provider.sync.policy.SyncPolicy;
import uk.learnersync.provider.sync.policy.SyncPolicy.Decision;
import uk.learnersync.provider.sync.policy.Trigger;

/**
 * Turns the modules' events into outbox rows. The listeners run synchronously inside the
 * transaction that published the event, so the change and its record of intent commit together
 * or not at all (ARCHITECTURE.md, promise 1).
 */
@Component
class ChangeRecorder {

    private final Learners learners;
    private final EpaConnections connections;
    private final PolicyStore policies;
    private final SyncTaskStore outbox;
    private final WakeUp wakeUp;

    ChangeRecorder(Learners learners, EpaConnections connections, PolicyStore policies, SyncTaskStore outbox,
                   WakeUp wakeUp) {
        this.learners = learners;
        this.connections = connections;
        this.policies = policies;
        this.outbox = outbox;
        this.wakeUp = wakeUp;
    }

    @EventListener
    void on(LearnerRegistered event) {
        EpaRegistration registration = event.registration();
        Trigger trigger = registration.isConnected()
                ? Trigger.REGISTERED_THROUGH_CONNECTION
                : Trigger.REGISTERED_MANUALLY;
        Decision decision = policies.policyOf(event.providerId()).decide(trigger, event.origin());
        outbox.enqueue(new NewTask(event.providerId(), event.learnerId(), registration.connectionId(),
                decision.rule().id(), event.origin().channel(), decision.rule().action(), event.origin().actor(), null,
                decision.sends() ? TaskStatus.PENDING : TaskStatus.SKIPPED, null));
        wakeUp.afterCommit();
    }

    @EventListener
    void on(LearnerChanged event) {
        forLearner(event.providerId(), event.learnerId(), event.changed().stream().sorted(Comparator.naturalOrder())
                .map(ChangeRecorder::triggerOf).toList(), event.origin(), null, false);
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
     * A change of circumstance: recorded on the platform when an approved tracker applied it (CC-1..CC-4),
     * skipped under CC-5 when applied by hand. The task is pinned to the connection the learner is
     * registered through now, so that a change of programme's circumstance is recorded where the
     * learner was, even if a move to another connection follows in the same transaction.
     */
    @EventListener
    void on(LearnerCircumstanceRecorded event) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", event.type().name());
        payload.put("effectiveDate", event.effectiveDate());
        payload.put("detail", event.detail());
        Trigger trigger = switch (event.type()) {
            case BREAK_IN_LEARNING -> Trigger.BREAK_IN_LEARNING;
            case RETURN_TO_LEARNING -> Trigger.RETURN_TO_LEARNING;
            case WITHDRAWAL -> Trigger.WITHDRAWAL;
            case CHANGE_OF_PROGRAMME -> Trigger.CHANGE_OF_PROGRAMME;
        };
        forLearner(event.providerId(), event.learnerId(), List.of(trigger), event.origin(), payload, true);
    }

    /**
     * A move to another programme, option or EPAO (PC-1..PC-5). The learners module has already made the
     * registration follow the new EPAO; here the registrations before and after decide what is sent.
     */
    @EventListener
    void on(LearnerProgrammeChanged event) {
        EpaRegistration before = event.registrationBefore();
        EpaRegistration after = event.registrationAfter();
        ChangeOrigin origin = event.origin();
        if (origin.channel() == Channel.MANUAL || origin.channel() == Channel.IMPORT) {
            // CC-5 (ILR-4: a change found in a file counts as manual): nothing is sent; the circumstance entry says so.
            return;
        }
        Enrolment from = event.before();
        Enrolment to = event.after();
        if (before.mode() == RegistrationMode.MANUAL) {
            if (after.mode() == RegistrationMode.MANUAL && !from.epaoId().equals(to.epaoId())
                    && connections.forEpao(event.providerId(), to.epaoId()).isPresent()) {
                record(event.providerId(), event.learnerId(), null, Trigger.MOVED_TO_CONNECTED_EPAO_FROM_MANUAL, origin, null);
            }
            return;
        }
        if (before.mode() != RegistrationMode.CONNECTED) {
            return;
        }
        Map<String, Object> move = new LinkedHashMap<>();
        move.put("effectiveDate", to.startDate().equals(from.startDate()) ? LocalDate.now() : to.startDate());
        if (!from.epaoId().equals(to.epaoId())) {
            if (after.isConnected() && !after.connectionId().equals(before.connectionId())) {
                move.put("type", "TRANSFER_TO_ANOTHER_EPAO");
                move.put("detail", Map.of("newEpaoId", to.epaoId().value()));
                record(event.providerId(), event.learnerId(), before.connectionId(), Trigger.MOVED_TO_OTHER_CONNECTION,
                        origin, move);
                record(event.providerId(), event.learnerId(), after.connectionId(), Trigger.REGISTERED_THROUGH_CONNECTION,
                        origin, null);
            } else {
                record(event.providerId(), event.learnerId(), null, Trigger.MOVED_TO_UNCONNECTED_EPAO, origin, null);
            }
        } else if (!from.programmeId().equals(to.programmeId())) {
            record(event.providerId(), event.learnerId(), before.connectionId(),
                    Trigger.MOVED_TO_PROGRAMME_ON_SAME_CONNECTION, origin, move);
        } else if (!Objects.equals(from.option(), to.option())) {
            record(event.providerId(), event.learnerId(), before.connectionId(),
                    Trigger.OPTION_CHANGED_ON_SAME_CONNECTION, origin, move);
        }
    }

    /**
     * Records what one change of one learner means: a task for a learner registered through a
     * connection, a skipped entry naming the rule when the policy or a manual registration says
     * nothing is sent, and nothing at all for a learner with no registration.
     */
    private void forLearner(ProviderId providerId, LearnerId learnerId, List<Trigger> triggers, ChangeOrigin origin,
                            Map<String, Object> payload, boolean pinToCurrentConnection) {
        EpaRegistration registration = learner(providerId, learnerId).registration();
        RegistrationMode mode = registration.mode();
        if (mode == RegistrationMode.NONE) {
            return;
        }
        SyncPolicy policy = policies.policyOf(providerId);
        EpaConnectionId pinned = pinToCurrentConnection ? registration.connectionId() : null;
        for (Trigger trigger : triggers) {
            Decision decision = mode == RegistrationMode.MANUAL
                    ? policy.decide(Trigger.REGISTERED_MANUALLY, origin)
                    : policy.decide(trigger, origin);
            enqueue(providerId, learnerId, pinned, decision, origin, payload);
        }
    }

    /** Records one decision of the policy about a learner, pinned to a connection where one is given. */
    private void record(ProviderId providerId, LearnerId learnerId, EpaConnectionId connectionId, Trigger trigger,
                        ChangeOrigin origin, Map<String, Object> payload) {
        enqueue(providerId, learnerId, connectionId, policies.policyOf(providerId).decide(trigger, origin), origin, payload);
    }

    private void enqueue(ProviderId providerId, LearnerId learnerId, EpaConnectionId connectionId, Decision decision,
                         ChangeOrigin origin, Map<String, Object> payload) {
        boolean sends = decision.sends() && decision.rule().action() != SyncAction.NOTHING;
        outbox.enqueue(new NewTask(providerId, learnerId, connectionId, decision.rule().id(), origin.channel(),
                sends ? decision.rule().action() : SyncAction.NOTHING, origin.actor(), payload,
                sends ? TaskStatus.PENDING : TaskStatus.SKIPPED, null));
        if (sends) {
            wakeUp.afterCommit();
        }
    }

    private Learner learner(ProviderId providerId, LearnerId learnerId) {
        return learners.find(providerId, learnerId)
                .orElseThrow(() -> new IllegalStateException("Learner " + learnerId + " vanished in its own change"));
    }

    /** One parent row for a change that reaches every linked learner; workers expand it in batches. */
    private void fanOut(ProviderId providerId, LinkType linkType, UUID linkId, Trigger trigger,
                        ChangeOrigin origin) {
        Decision decision = policies.policyOf(providerId).decide(trigger, origin);
        if (!decision.sends()) {
            return;
        }
        outbox.enqueueFanOut(providerId, linkType, linkId, decision.rule().id(), origin.channel(),
                decision.rule().action(), origin.actor());
        wakeUp.afterCommit();
    }

    private static Trigger triggerOf(LearnerAspect aspect) {
        return switch (aspect) {
            case PERSONAL_DETAILS -> Trigger.PERSONAL_DETAILS_CHANGED;
            case SEX -> Trigger.SEX_CHANGED;
            case ETHNICITY -> Trigger.ETHNICITY_CHANGED;
            case ULN -> Trigger.ULN_CHANGED;
            case CASE_OWNER -> Trigger.CASE_OWNER_REPLACED;
            case MANAGER -> Trigger.MANAGER_REPLACED;
            case EMPLOYER -> Trigger.EMPLOYER_REPLACED;
            case PROGRAMME_START_DATE -> Trigger.PROGRAMME_START_DATE_CHANGED;
            case PROGRAMME_PLANNED_END_DATE -> Trigger.PROGRAMME_PLANNED_END_DATE_CHANGED;
            case EPA_PERIOD -> Trigger.EPA_PERIOD_CHANGED;
        };
    }
}
