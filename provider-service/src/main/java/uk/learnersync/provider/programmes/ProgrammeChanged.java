package uk.learnersync.provider.programmes;

import java.util.Objects;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ProviderId;

/**
 * A programme's details changed; published inside the transaction of the change with the programme
 * before and after, so that its learners can follow a new EPAO and the platforms a new standard
 * version (CV-5).
 */
public record ProgrammeChanged(ProviderId providerId, ProgrammeId programmeId, Programme before, Programme after,
                               ChangeOrigin origin) {

    /** Whether what an EPA platform holds of the programme changed: its standard or the standard's version. */
    public boolean definitionChanged() {
        return !Objects.equals(before.standardCode(), after.standardCode())
                || !Objects.equals(before.standardReference(), after.standardReference())
                || !Objects.equals(before.standardVersion(), after.standardVersion());
    }

    public boolean epaoChanged() {
        return !Objects.equals(before.epaoId(), after.epaoId());
    }
}
