package uk.learnersync.provider.learners;

import java.util.Objects;
import java.util.Optional;

import uk.learnersync.provider.epa.EpaConnectionId;
import uk.learnersync.provider.epa.EpaoId;

/**
 * The learner's registration with an EPAO.
 *
 * @param apprenticeId the EPA platform's own ID of the record, known once the registration was delivered
 */
public record EpaRegistration(RegistrationMode mode, EpaoId epaoId, EpaConnectionId connectionId, String apprenticeId) {

    public static final EpaRegistration NONE = new EpaRegistration(RegistrationMode.NONE, null, null, null);

    public boolean isConnected() {
        return mode == RegistrationMode.CONNECTED;
    }

    /**
     * The registration once the learner's programme is assessed by {@code newEpaoId}. Only a
     * registration through a connection follows the EPAO: onto the provider's connection to the new
     * EPAO, as a record that platform has yet to receive (PC-3), or to a manual registration when
     * there is no such connection (PC-1) or when the move was applied manually and so must send
     * nothing (CC-5). A manual registration stays as it is: the learner may be registered through
     * the new EPAO's connection as an explicit step (PC-2).
     *
     * @param connectionToNewEpao the provider's live connection to the new EPAO, if any
     * @param appliedManually     the move is a change of circumstance applied without a tracker
     */
    public EpaRegistration afterMoveTo(EpaoId newEpaoId, Optional<EpaConnectionId> connectionToNewEpao,
                                       boolean appliedManually) {
        if (!isConnected() || Objects.equals(epaoId, newEpaoId)) {
            return this;
        }
        if (appliedManually || connectionToNewEpao.isEmpty()) {
            return new EpaRegistration(RegistrationMode.MANUAL, newEpaoId, null, null);
        }
        return new EpaRegistration(RegistrationMode.CONNECTED, newEpaoId, connectionToNewEpao.get(), null);
    }
}
