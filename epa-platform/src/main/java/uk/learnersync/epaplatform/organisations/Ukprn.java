package uk.learnersync.epaplatform.organisations;

import uk.learnersync.validation.InvalidValueException;

/** A provider's UK Provider Reference Number: 8 digits. */
public record Ukprn(String value) {

    public Ukprn {
        if (value == null || !value.matches("[0-9]{8}")) {
            throw new InvalidValueException("must be a UKPRN of 8 digits");
        }
    }

    public static Ukprn of(String raw) {
        return new Ukprn(raw == null ? null : raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
