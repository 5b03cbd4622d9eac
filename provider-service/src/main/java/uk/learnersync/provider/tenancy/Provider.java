package uk.learnersync.provider.tenancy;

import uk.learnersync.provider.shared.ProviderId;

import java.time.Instant;

/** A training provider, the tenant that owns learners, staff, employers and connections. */
public record Provider(ProviderId id, Ukprn ukprn, String name, Instant createdAt) {
}
