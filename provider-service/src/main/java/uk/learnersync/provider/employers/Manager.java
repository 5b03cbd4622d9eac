package uk.learnersync.provider.employers;

import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.shared.Versioned;

/** An employer's line manager of apprentices: the EPA platform's "employer contact" for the learner. */
public record Manager(ManagerId id, ProviderId providerId, EmployerId employerId, String givenName, String familyName,
                      String email, String phone, long version) implements Versioned {

    public ManagerDetails details() {
        return new ManagerDetails(givenName, familyName, email, phone, employerId);
    }

    /** The manager with new details, at the version their write gave the record. */
    public Manager with(ManagerDetails details, long newVersion) {
        return new Manager(id, providerId, details.employerId(), details.givenName(), details.familyName(),
                details.email(), details.phone(), newVersion);
    }
}
