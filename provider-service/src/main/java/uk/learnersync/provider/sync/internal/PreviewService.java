package uk.learnersync.provider.sync.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import uk.learnersync.provider.learners.EpaRegistration;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.provider.learners.Learners;
import uk.learnersync.provider.learners.RegistrationMode;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.sync.SyncPreview;
import uk.learnersync.provider.sync.policy.SyncPolicy;
import uk.learnersync.provider.sync.policy.SyncPolicy.Decision;
import uk.learnersync.provider.sync.policy.Trigger;

@Service
class PreviewService implements SyncPreview {

    private final Learners learners;
    private final PolicyStore policies;

    PreviewService(Learners learners, PolicyStore policies) {
        this.learners = learners;
        this.policies = policies;
    }

    @Override
    public List<PlannedDelivery> preview(ProviderId providerId, LearnerId learnerId, Set<Trigger> triggers,
                                         ChangeOrigin origin) {
        EpaRegistration registration = learners.find(providerId, learnerId)
                .orElseThrow(() -> new NotFoundException("Learner", learnerId))
                .registration();
        SyncPolicy policy = policies.policyOf(providerId);
        return triggers.stream().sorted(Comparator.naturalOrder()).map(trigger -> {
            Decision decision = policy.decide(trigger, origin);
            String epao = registration.epaoId() == null ? null : registration.epaoId().value();
            String connection = registration.connectionId() == null ? null : registration.connectionId().toString();
            if (registration.mode() != RegistrationMode.CONNECTED) {
                return new PlannedDelivery(trigger, decision.rule().id(), decision.rule().action().name(), false, epao,
                        null, registration.mode() == RegistrationMode.MANUAL
                        ? "The learner is registered manually (RG-2): nothing is sent"
                        : "The learner is not registered with an EPAO: nothing is sent");
            }
            return new PlannedDelivery(trigger, decision.rule().id(), decision.rule().action().name(),
                    decision.sends(), epao, connection,
                    decision.sends() ? null : "Rule " + decision.rule().id() + " sends nothing through " + origin.channel());
        }).toList();
    }
}
