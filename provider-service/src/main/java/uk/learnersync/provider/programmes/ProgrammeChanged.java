package uk.learnersync.provider.programmes;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/** A programme's details changed; published inside the transaction of the change. */
public record ProgrammeChanged(ProviderId providerId, ProgrammeId programmeId, ChangeOrigin origin) {
}
