package uk.learnersync.provider.tenancy.internal;

import java.util.UUID;

import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.tenancy.ProviderScoped;

/** A request signed in with one of a provider's API tokens. */
record ApiTokenPrincipal(ProviderId providerId, UUID tokenId) implements ProviderScoped {

    @Override
    public String actor() {
        return "api-token:" + tokenId;
    }
}
