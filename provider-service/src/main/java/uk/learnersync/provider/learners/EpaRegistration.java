package uk.learnersync.provider.learners;

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
}
