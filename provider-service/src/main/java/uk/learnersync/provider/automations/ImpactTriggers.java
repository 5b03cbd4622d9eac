package uk.learnersync.provider.automations;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import uk.learnersync.provider.learners.CircumstanceOutcome;
import uk.learnersync.provider.learners.Enrolment;
import uk.learnersync.provider.learners.Learner;
import uk.learnersync.provider.learners.RegistrationMode;
import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.provider.sync.policy.Trigger;

/** Which of the sync rules' triggers approving an automation would fire, read from its outcome. */
final class ImpactTriggers {

    private ImpactTriggers() {
    }

    /**
     * @param newEpaoConnected whether the provider has a connection to the EPAO the learner's
     *                         programme would be assessed by afterwards
     */
    static Set<Trigger> of(AutomationType type, CircumstanceOutcome outcome, boolean newEpaoConnected) {
        Learner before = outcome.before();
        Learner after = outcome.after();
        return switch (type) {
            case BREAK_IN_LEARNING -> EnumSet.of(Trigger.BREAK_IN_LEARNING);
            case RETURN_TO_LEARNING -> EnumSet.of(Trigger.RETURN_TO_LEARNING);
            case WITHDRAWAL -> EnumSet.of(Trigger.WITHDRAWAL);
            case CHANGE_OF_PROGRAMME -> EnumSet.of(Trigger.CHANGE_OF_PROGRAMME, move(before, after, newEpaoConnected));
            case CHANGE_OF_EMPLOYER, CHANGE_OF_WORKING_CONDITIONS -> {
                Set<Trigger> triggers = EnumSet.noneOf(Trigger.class);
                if (!Objects.equals(before.employerId(), after.employerId())
                        || !Objects.equals(before.employerAddressId(), after.employerAddressId())) {
                    triggers.add(Trigger.EMPLOYER_REPLACED);
                }
                if (!Objects.equals(before.managerId(), after.managerId())) {
                    triggers.add(Trigger.MANAGER_REPLACED);
                }
                yield triggers;
            }
        };
    }

    /** The programme move of PC-1..PC-5 that takes the learner from one enrolment to the other. */
    private static Trigger move(Learner before, Learner after, boolean newEpaoConnected) {
        Enrolment was = before.enrolment();
        Enrolment is = after.enrolment();
        if (Objects.equals(was.epaoId(), is.epaoId())) {
            return was.programmeId().equals(is.programmeId())
                    ? Trigger.OPTION_CHANGED_ON_SAME_CONNECTION
                    : Trigger.MOVED_TO_PROGRAMME_ON_SAME_CONNECTION;
        }
        if (!newEpaoConnected) {
            return Trigger.MOVED_TO_UNCONNECTED_EPAO;
        }
        return before.registration().mode() == RegistrationMode.MANUAL
                ? Trigger.MOVED_TO_CONNECTED_EPAO_FROM_MANUAL
                : Trigger.MOVED_TO_OTHER_CONNECTION;
    }
}
