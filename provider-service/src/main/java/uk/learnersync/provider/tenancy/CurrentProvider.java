package uk.learnersync.provider.tenancy;

import uk.learnersync.provider.shared.ProviderId;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.Channel;

/** The provider (and the person or token acting for it) of the current request. */
@Component
public class CurrentProvider {

    public ProviderId id() {
        return principal().providerId();
    }

    public ChangeOrigin origin(Channel channel) {
        return new ChangeOrigin(principal().actor(), channel);
    }

    private static ProviderScoped principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ProviderScoped scoped) {
            return scoped;
        }
        throw new IllegalStateException("No provider is signed in on this request");
    }
}
