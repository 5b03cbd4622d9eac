package uk.learnersync.epaplatform.organisations;

import java.util.Locale;

import uk.learnersync.validation.InvalidValueException;

/** An EPAO's ID in the register (the ILR {@code EPAOrgID}): {@code EPA} and 4 digits. */
public record EpaoId(String value) {

    public EpaoId {
        if (value == null || !value.matches("EPA[0-9]{4}")) {
            throw new InvalidValueException("must be an EPAO ID: EPA followed by 4 digits, e.g. EPA0001");
        }
    }

    public static EpaoId of(String value) {
        return new EpaoId(value == null ? null : value.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
