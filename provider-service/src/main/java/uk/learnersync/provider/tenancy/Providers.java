package uk.learnersync.provider.tenancy;

import uk.learnersync.provider.shared.ProviderId;

import java.util.Optional;

/** The providers known to this installation. */
public interface Providers {

    /** Creates a provider and its first API token, which is returned only here. */
    NewProvider create(Ukprn ukprn, String name);

    Optional<Provider> find(ProviderId id);

    Optional<Provider> findByUkprn(Ukprn ukprn);

    /** Issues another API token for the provider; shown once. */
    String issueApiToken(ProviderId id);

    /** A provider just created, with the one moment its API token can be read. */
    record NewProvider(Provider provider, String apiToken) {
    }
}
