package uk.learnersync.provider.employers;

import uk.learnersync.provider.shared.Versioned;

/** One of an employer's addresses (sites); a learner works at one of them. */
public record EmployerAddress(EmployerAddressId id, EmployerId employerId, String line1, String line2, String line3,
                              String town, Postcode postcode, long version) implements Versioned {

    public EmployerAddressDetails details() {
        return new EmployerAddressDetails(line1, line2, line3, town, postcode);
    }

    /** The address with new details, at the version their write gave the record. */
    public EmployerAddress with(EmployerAddressDetails details, long newVersion) {
        return new EmployerAddress(id, employerId, details.line1(), details.line2(), details.line3(), details.town(),
                details.postcode(), newVersion);
    }
}
