package uk.learnersync.provider.employers;

import java.util.List;
import java.util.Optional;

import uk.learnersync.provider.shared.ProviderId;

/** An employer of apprentices, with its ILR {@code EmpId} (when known) and its addresses. */
public record Employer(EmployerId id, ProviderId providerId, String name, EmpId empId, List<EmployerAddress> addresses) {

    public Optional<EmployerAddress> address(EmployerAddressId addressId) {
        return addresses.stream().filter(address -> address.id().equals(addressId)).findFirst();
    }
}
