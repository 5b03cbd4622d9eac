package uk.learnersync.provider.tenancy;

import uk.learnersync.provider.shared.ProviderId;

/** A signed-in principal that acts for one provider: an API token or a provider user. */
public interface ProviderScoped {

    ProviderId providerId();

    /** How the audit trail names this principal, e.g. {@code user:ann@provider.test}. */
    String actor();
}
