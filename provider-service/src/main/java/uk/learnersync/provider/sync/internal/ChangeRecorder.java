package uk.learnersync.provider.sync.internal;

import uk.learnersync.provider.sync.TaskStatus;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.learnersync.provider.employers.EmployerAddressChanged;
import uk.learnersync.provider.employers.EmployerChanged;
import uk.learnersync.provider.employers.ManagerChanged;
import uk.learnersync.provider.learners.EpaRegistration;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.LearnerAspect;
import uk.learnersync.provider.learners.LearnerChanged;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.LearnerRegistered;
import uk.learnersync.provider.learners.Learners;
import uk.learnersync.provider.learners.RegistrationMode;
import uk.learnersync.provider.shared.ChangeOrigin;
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
    private final PolicyStore policies;
    private final SyncTaskStore outbox;
    private final WakeUp wakeUp;

    ChangeRecorder(Learners learners, PolicyStore policies, SyncTaskStore outbox, WakeUp wakeUp) {
        this.learners = learners;
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
        event.changed().stream().sorted(Comparator.naturalOrder()).forEach(aspect ->
                forLearner(event.providerId(), event.learnerId(), triggerOf(aspect), event.origin(), null));
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
     * Records what one change of one learner means: a task for a learner registered through a
     * connection, a skipped entry naming the rule when the policy or a manual registration says
     * nothing is sent, and nothing at all for a learner with no registration.
     */
    void forLearner(ProviderId providerId, LearnerId learnerId, Trigger trigger, ChangeOrigin origin,
                    Map<String, Object> payload) {
        Learner learner = learners.find(providerId, learnerId)
                .orElseThrow(() -> new IllegalStateException("Learner " + learnerId + " vanished in its own change"));
        RegistrationMode mode = learner.registration().mode();
        if (mode == RegistrationMode.NONE) {
            return;
        }
        SyncPolicy policy = policies.policyOf(providerId);
        Decision decision = mode == RegistrationMode.MANUAL
                ? policy.decide(Trigger.REGISTERED_MANUALLY, origin)
                : policy.decide(trigger, origin);
        boolean sends = decision.sends() && decision.rule().action() != SyncAction.NOTHING;
        outbox.enqueue(new NewTask(providerId, learnerId, null, decision.rule().id(), origin.channel(),
                sends ? decision.rule().action() : SyncAction.NOTHING, origin.actor(), payload,
                sends ? TaskStatus.PENDING : TaskStatus.SKIPPED, null));
        if (sends) {
            wakeUp.afterCommit();
        }
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
