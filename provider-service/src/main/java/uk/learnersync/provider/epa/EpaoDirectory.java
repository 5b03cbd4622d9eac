package uk.learnersync.provider.epa;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.epa.internal.EpaoStore;
import uk.learnersync.provider.shared.AuditTrail;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;

/** The EPAOs a provider can work with: the shipped register plus those it adds. */
@Service
public class EpaoDirectory {

    private final EpaoStore store;
    private final AuditTrail audit;

    EpaoDirectory(EpaoStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /** The outcome of adding: the EPAO as known afterwards, and whether it was new. */
    public record Added(Epao epao, boolean created) {
    }

    /**
     * Adds an EPAO to the provider's directory, unless the register or the directory knows it already:
     * by its ID, or by a UKPRN the register gives an organisation, which is then that organisation.
     */
    @Transactional
    public Added add(ProviderId providerId, EpaoId epaoId, String name, ChangeOrigin origin) {
        return store.find(providerId, epaoId)
                .map(existing -> new Added(existing, false))
                .orElseGet(() -> store.insert(providerId, epaoId, name)
                        .map(entryId -> {
                            Epao added = new Epao(epaoId, name, null, false);
                            audit.record(providerId, "epao", entryId, origin, null, added);
                            return new Added(added, true);
                        })
                        // Added by a concurrent request in the meantime.
                        .orElseGet(() -> new Added(get(providerId, epaoId), false)));
    }

    /** The EPAO by its ID or by the UKPRN the register gives it. */
    @Transactional(readOnly = true)
    public Epao get(ProviderId providerId, EpaoId epaoId) {
        return store.find(providerId, epaoId).orElseThrow(() -> new NotFoundException("EPAO", epaoId));
    }

    /** EPAOs whose ID, name or UKPRN contains {@code query}; all when it is blank. */
    @Transactional(readOnly = true)
    public List<Epao> search(ProviderId providerId, String query) {
        return store.search(providerId, query);
    }
}
