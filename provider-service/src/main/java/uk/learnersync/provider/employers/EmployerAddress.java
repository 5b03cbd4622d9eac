package uk.learnersync.provider.employers;

/** One of an employer's addresses (sites); a learner works at one of them. */
public record EmployerAddress(EmployerAddressId id, EmployerId employerId, String line1, String line2, String line3,
                              String town, Postcode postcode) {
}
