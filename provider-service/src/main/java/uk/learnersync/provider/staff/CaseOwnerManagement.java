package uk.learnersync.provider.staff;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.shared.AuditTrail;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ExpectedVersion;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.staff.internal.CaseOwnerStore;

/** Creating and changing case owners, for the API and the web pages alike. */
@Service
public class CaseOwnerManagement {

    private final CaseOwnerStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CaseOwnerManagement(CaseOwnerStore store, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public CaseOwner create(ProviderId providerId, CaseOwnerDetails details, ChangeOrigin origin) {
        CaseOwner caseOwner = new CaseOwner(new CaseOwnerId(UUID.randomUUID()), providerId, details.givenName(),
                details.familyName(), details.email(), details.phone(), 0);
        store.insert(caseOwner);
        audit.record(providerId, "case-owner", caseOwner.id().value(), origin, null, caseOwner);
        return caseOwner;
    }

    /**
     * Changes a case owner's details; every linked learner's EPA record follows (CO-1, CO-2). The row
     * is locked first and {@code change} turns the details it holds now into the new ones, so a
     * concurrent change of another field is kept (CV-6); a stale {@code expected} version changes nothing.
     */
    @Transactional
    public CaseOwner update(ProviderId providerId, CaseOwnerId id, ExpectedVersion expected,
                            UnaryOperator<CaseOwnerDetails> change, ChangeOrigin origin) {
        CaseOwner before = store.findForUpdate(providerId, id).orElseThrow(() -> notFound(id));
        expected.check("case owner", before);
        CaseOwnerDetails details = change.apply(before.details());
        if (details.equals(before.details())) {
            return before;
        }
        CaseOwner after = before.with(details, store.update(providerId, id, details));
        audit.record(providerId, "case-owner", id.value(), origin, before, after);
        events.publishEvent(new CaseOwnerChanged(providerId, id, origin));
        return after;
    }

    @Transactional(readOnly = true)
    public CaseOwner get(ProviderId providerId, CaseOwnerId id) {
        return store.find(providerId, id).orElseThrow(() -> notFound(id));
    }

    @Transactional(readOnly = true)
    public List<CaseOwner> list(ProviderId providerId) {
        return store.list(providerId);
    }

    private static NotFoundException notFound(CaseOwnerId id) {
        return new NotFoundException("Case owner", id);
    }
}
