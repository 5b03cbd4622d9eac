package uk.learnersync.provider.staff;

import java.util.Set;
import java.util.UUID;

import uk.learnersync.provider.shared.ProviderId;

/** A person who signs in to the provider's web pages. */
public record StaffUser(UUID id, ProviderId providerId, String email, String name, Set<StaffRole> roles) {

    public StaffUser {
        roles = Set.copyOf(roles);
    }
}
