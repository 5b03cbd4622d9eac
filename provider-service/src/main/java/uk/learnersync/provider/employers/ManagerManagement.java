package uk.learnersync.provider.employers;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.employers.internal.ManagerStore;
import uk.learnersync.provider.shared.AuditTrail;
import uk.learnersync.provider.shared.ChangeOrigin;
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
                details.givenName(), details.familyName(), details.email(), details.phone());
        store.insert(manager);
        audit.record(providerId, MANAGER, manager.id().value(), origin, null, manager);
        return manager;
    }

    /** Changes a manager's details or employer; every linked learner's EPA record follows (MG-1, MG-2). */
    @Transactional
    public Manager update(ProviderId providerId, ManagerId id, ManagerDetails details, ChangeOrigin origin) {
        Manager before = get(providerId, id);
        Manager after = new Manager(id, providerId, details.employerId(), details.givenName(), details.familyName(),
                details.email(), details.phone());
        if (after.equals(before)) {
            return before;
        }
        store.update(after);
        audit.record(providerId, MANAGER, id.value(), origin, before, after);
        events.publishEvent(new ManagerChanged(providerId, id, origin));
        return after;
    }

    @Transactional(readOnly = true)
    public Manager get(ProviderId providerId, ManagerId id) {
        return store.find(providerId, id).orElseThrow(() -> new NotFoundException("Manager", id));
    }

    /** The provider's managers, or only those of one employer when {@code employerId} is given. */
    @Transactional(readOnly = true)
    public List<Manager> list(ProviderId providerId, EmployerId employerId) {
        return store.list(providerId, employerId);
    }
}
