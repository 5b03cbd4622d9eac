package uk.learnersync.provider.employers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.employers.internal.EmployerStore;
import uk.learnersync.provider.shared.AuditTrail;
import uk.learnersync.provider.shared.ChangeOrigin;
import uk.learnersync.provider.shared.ExpectedVersion;
import uk.learnersync.validation.NotFoundException;
import uk.learnersync.provider.shared.ProviderId;

/** Creating and changing employers and their addresses, for the API and the web pages alike. */
@Service
public class EmployerManagement {

    private static final String EMPLOYER = "employer";
    private static final String ADDRESS = "employer-address";

    private final EmployerStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    EmployerManagement(EmployerStore store, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    /** Creates an employer with its addresses (at least one); an EmpId another employer has is a conflict. */
    @Transactional
    public Employer create(ProviderId providerId, EmployerDetails details, List<EmployerAddressDetails> addresses,
                           ChangeOrigin origin) {
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("An employer has at least one address");
        }
        EmployerId id = new EmployerId(UUID.randomUUID());
        store.insert(new Employer(id, providerId, details.name(), details.empId(), List.of(), 0));
        List<EmployerAddress> stored = new ArrayList<>();
        for (EmployerAddressDetails address : addresses) {
            stored.add(insertAddress(providerId, id, address));
        }
        Employer employer = new Employer(id, providerId, details.name(), details.empId(), List.copyOf(stored), 0);
        audit.record(providerId, EMPLOYER, id.value(), origin, null, employer);
        return employer;
    }

    /**
     * Changes an employer's name or EmpId; every linked learner's EPA record follows (EM-1, EM-3). The
     * row is locked first and {@code change} turns the details it holds now into the new ones, so a
     * concurrent change of another field is kept (CV-6); a stale {@code expected} version changes nothing.
     */
    @Transactional
    public Employer update(ProviderId providerId, EmployerId id, ExpectedVersion expected,
                           UnaryOperator<EmployerDetails> change, ChangeOrigin origin) {
        Employer before = lock(providerId, id);
        expected.check(EMPLOYER, before);
        EmployerDetails details = change.apply(before.details());
        if (details.equals(before.details())) {
            return before;
        }
        Employer after = before.with(details, store.update(providerId, id, details));
        audit.record(providerId, EMPLOYER, id.value(), origin, before, after);
        events.publishEvent(new EmployerChanged(providerId, id, origin));
        return after;
    }

    /** Adds a site; no learner works there yet, so nothing is synced. */
    @Transactional
    public EmployerAddress addAddress(ProviderId providerId, EmployerId employerId, EmployerAddressDetails details,
                                      ChangeOrigin origin) {
        lock(providerId, employerId);
        EmployerAddress address = insertAddress(providerId, employerId, details);
        store.addressesChanged(providerId, employerId);
        audit.record(providerId, ADDRESS, address.id().value(), origin, null, address);
        return address;
    }

    /**
     * Changes an address; the EPA record of every learner working there follows (EM-2, EM-3). Made
     * under the address's lock from what it holds now, as {@link #update}.
     */
    @Transactional
    public EmployerAddress updateAddress(ProviderId providerId, EmployerId employerId, EmployerAddressId addressId,
                                         ExpectedVersion expected, UnaryOperator<EmployerAddressDetails> change,
                                         ChangeOrigin origin) {
        EmployerAddress before = store.findAddressForUpdate(providerId, employerId, addressId)
                .orElseThrow(() -> addressNotFound(addressId));
        expected.check("employer address", before);
        EmployerAddressDetails details = change.apply(before.details());
        if (details.equals(before.details())) {
            return before;
        }
        EmployerAddress after = before.with(details, store.updateAddress(providerId, addressId, details));
        store.addressesChanged(providerId, employerId);
        audit.record(providerId, ADDRESS, addressId.value(), origin, before, after);
        events.publishEvent(new EmployerAddressChanged(providerId, employerId, addressId, origin));
        return after;
    }

    @Transactional(readOnly = true)
    public Employer get(ProviderId providerId, EmployerId id) {
        return store.find(providerId, id).orElseThrow(() -> notFound(id));
    }

    /** An address of the given employer; one of another employer or provider is not found. */
    @Transactional(readOnly = true)
    public EmployerAddress getAddress(ProviderId providerId, EmployerId employerId, EmployerAddressId addressId) {
        return get(providerId, employerId).address(addressId).orElseThrow(() -> addressNotFound(addressId));
    }

    /** The provider's employers by name; {@code nameContains} (any case) narrows them when given. */
    @Transactional(readOnly = true)
    public List<Employer> list(ProviderId providerId, String nameContains) {
        return store.list(providerId, nameContains);
    }

    private Employer lock(ProviderId providerId, EmployerId id) {
        return store.findForUpdate(providerId, id).orElseThrow(() -> notFound(id));
    }

    private EmployerAddress insertAddress(ProviderId providerId, EmployerId employerId, EmployerAddressDetails details) {
        EmployerAddress address = new EmployerAddress(new EmployerAddressId(UUID.randomUUID()), employerId,
                details.line1(), details.line2(), details.line3(), details.town(), details.postcode(), 0);
        store.insertAddress(providerId, address);
        return address;
    }

    private static NotFoundException notFound(EmployerId id) {
        return new NotFoundException("Employer", id);
    }

    private static NotFoundException addressNotFound(EmployerAddressId id) {
        return new NotFoundException("Employer address", id);
    }
}
