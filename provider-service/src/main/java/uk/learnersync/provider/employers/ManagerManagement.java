package uk.learnersync.provider.employers;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.employers.internal.ManagerStore;
import uk.learnersync.provider.shared.AuditTrail;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ExpectedVersion;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;

/**
 * Creating and changing employers' managers, for the API and the web pages alike. The details name an
 * employer that {@link ManagerDetails#parse} has checked belongs to the provider; the database holds
 * a manager to an employer of its own provider as well.
 */
@Service
public class ManagerManagement {

    private static final String MANAGER = "manager";

    private final ManagerStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ManagerManagement(ManagerStore store, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public Manager create(ProviderId providerId, ManagerDetails details, ChangeOrigin origin) {
        Manager manager = new Manager(new ManagerId(UUID.randomUUID()), providerId, details.employerId(),
                details.givenName(), details.familyName(), details.email(), details.phone(), 0);
        store.insert(manager);
        audit.record(providerId, MANAGER, manager.id().value(), origin, null, manager);
        return manager;
    }

    /**
     * Changes a manager's details or employer; every linked learner's EPA record follows (MG-1, MG-2).
     * The row is locked first and {@code change} turns the details it holds now into the new ones, so a
     * concurrent change of another field is kept (CV-6); a stale {@code expected} version changes nothing.
     */
    @Transactional
    public Manager update(ProviderId providerId, ManagerId id, ExpectedVersion expected,
                          UnaryOperator<ManagerDetails> change, ChangeOrigin origin) {
        Manager before = store.findForUpdate(providerId, id).orElseThrow(() -> notFound(id));
        expected.check(MANAGER, before);
        ManagerDetails details = change.apply(before.details());
        if (details.equals(before.details())) {
            return before;
        }
        Manager after = before.with(details, store.update(providerId, id, details));
        audit.record(providerId, MANAGER, id.value(), origin, before, after);
        events.publishEvent(new ManagerChanged(providerId, id, origin));
        return after;
    }

    @Transactional(readOnly = true)
    public Manager get(ProviderId providerId, ManagerId id) {
        return store.find(providerId, id).orElseThrow(() -> notFound(id));
    }

    /** The provider's managers, or only those of one employer when {@code employerId} is given. */
    @Transactional(readOnly = true)
    public List<Manager> list(ProviderId providerId, EmployerId employerId) {
        return store.list(providerId, employerId);
    }

    private static NotFoundException notFound(ManagerId id) {
        return new NotFoundException("Manager", id);
    }
}
