package uk.learnersync.provider.employers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.learnersync.provider.employers.internal.EmployerStore;
import uk.learnersync.provider.shared.AuditTrail;
import uk.learnersync.provider.shared.ChangeOrigin;
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
        store.insert(new Employer(id, providerId, details.name(), details.empId(), List.of()));
        List<EmployerAddress> stored = new ArrayList<>();
        for (EmployerAddressDetails address : addresses) {
            stored.add(insertAddress(providerId, id, address));
        }
        Employer employer = new Employer(id, providerId, details.name(), details.empId(), List.copyOf(stored));
        audit.record(providerId, EMPLOYER, id.value(), origin, null, employer);
        return employer;
    }

    /** Changes an employer's name or EmpId; every linked learner's EPA record follows (EM-1, EM-3). */
    @Transactional
    public Employer update(ProviderId providerId, EmployerId id, EmployerDetails details, ChangeOrigin origin) {
        Employer before = get(providerId, id);
        Employer after = new Employer(id, providerId, details.name(), details.empId(), before.addresses());
        if (after.equals(before)) {
            return before;
        }
        store.update(after);
        audit.record(providerId, EMPLOYER, id.value(), origin, before, after);
        events.publishEvent(new EmployerChanged(providerId, id, origin));
        return after;
    }

    /** Adds a site; no learner works there yet, so nothing is synced. */
    @Transactional
    public EmployerAddress addAddress(ProviderId providerId, EmployerId employerId, EmployerAddressDetails details,
                                      ChangeOrigin origin) {
        get(providerId, employerId);
        EmployerAddress address = insertAddress(providerId, employerId, details);
        audit.record(providerId, ADDRESS, address.id().value(), origin, null, address);
        return address;
    }

    /** Changes an address; the EPA record of every learner working there follows (EM-2, EM-3). */
    @Transactional
    public EmployerAddress updateAddress(ProviderId providerId, EmployerId employerId, EmployerAddressId addressId,
                                         EmployerAddressDetails details, ChangeOrigin origin) {
        EmployerAddress before = getAddress(providerId, employerId, addressId);
        EmployerAddress after = new EmployerAddress(addressId, employerId, details.line1(), details.line2(),
                details.line3(), details.town(), details.postcode());
        if (after.equals(before)) {
            return before;
        }
        store.updateAddress(providerId, after);
        audit.record(providerId, ADDRESS, addressId.value(), origin, before, after);
        events.publishEvent(new EmployerAddressChanged(providerId, employerId, addressId, origin));
        return after;
    }

    @Transactional(readOnly = true)
    public Employer get(ProviderId providerId, EmployerId id) {
        return store.find(providerId, id).orElseThrow(() -> new NotFoundException("Employer", id));
    }

    /** An address of the given employer; one of another employer or provider is not found. */
    @Transactional(readOnly = true)
    public EmployerAddress getAddress(ProviderId providerId, EmployerId employerId, EmployerAddressId addressId) {
        return get(providerId, employerId).address(addressId)
                .orElseThrow(() -> new NotFoundException("Employer address", addressId));
    }

    /** The provider's employers by name; {@code nameContains} (any case) narrows them when given. */
    @Transactional(readOnly = true)
    public List<Employer> list(ProviderId providerId, String nameContains) {
        return store.list(providerId, nameContains);
    }

    private EmployerAddress insertAddress(ProviderId providerId, EmployerId employerId, EmployerAddressDetails details) {
        EmployerAddress address = new EmployerAddress(new EmployerAddressId(UUID.randomUUID()), employerId,
                details.line1(), details.line2(), details.line3(), details.town(), details.postcode());
        store.insertAddress(providerId, address);
        return address;
    }
}
