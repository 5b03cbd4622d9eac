package uk.learnersync.provider.employers;

import java.util.List;
import java.util.Optional;

import uk.learnersync.provider.shared.ProviderId;
import uk.learnersync.provider.shared.Versioned;

/**
 * An employer of apprentices, with its ILR {@code EmpId} (when known) and its addresses. Its version
 * moves with its own details and with any of its addresses, as all of them are what it shows.
 */
public record Employer(EmployerId id, ProviderId providerId, String name, EmpId empId, List<EmployerAddress> addresses,
                       long version) implements Versioned {

    public Optional<EmployerAddress> address(EmployerAddressId addressId) {
        return addresses.stream().filter(address -> address.id().equals(addressId)).findFirst();
    }

    public EmployerDetails details() {
        return new EmployerDetails(name, empId);
    }

    /** The employer with new details, at the version their write gave the record. */
    public Employer with(EmployerDetails details, long newVersion) {
        return new Employer(id, providerId, details.name(), details.empId(), addresses, newVersion);
    }
}
