package uk.learnersync.provider.tenancy;

import uk.learnersync.validation.InvalidValueException;

/** UK Provider Reference Number: 8 digits, 10000000 to 99999999 (ILR schema, UKPRN). */
public record Ukprn(String value) {

    public Ukprn {
        if (value == null || !value.matches("[1-9][0-9]{7}")) {
            throw new InvalidValueException("must be a UKPRN of 8 digits, from 10000000 to 99999999");
        }
    }

    public static Ukprn of(String value) {
        return new Ukprn(value == null ? null : value.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
