package uk.learnersync.provider.staff;

import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.shared.Versioned;

/** A learner's case owner: the tutor that the EPA platform shows for the learner. */
public record CaseOwner(CaseOwnerId id, ProviderId providerId, String givenName, String familyName,
                        String email, String phone, long version) implements Versioned {

    public CaseOwnerDetails details() {
        return new CaseOwnerDetails(givenName, familyName, email, phone);
    }

    /** The case owner with new details, at the version their write gave the record. */
    public CaseOwner with(CaseOwnerDetails details, long newVersion) {
        return new CaseOwner(id, providerId, details.givenName(), details.familyName(), details.email(),
                details.phone(), newVersion);
    }
}
