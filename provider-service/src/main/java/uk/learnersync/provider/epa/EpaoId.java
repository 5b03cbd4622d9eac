package uk.learnersync.provider.epa;

import java.util.Locale;
import java.util.function.Predicate;

import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidValueException;

/** An end-point assessment organisation's ID in the register, the ILR {@code EPAOrgID}: {@code EPA} and 4 digits. */
public record EpaoId(String value) {

    public EpaoId {
        if (value == null || !value.matches("EPA[0-9]{4}")) {
            throw new InvalidValueException("must be an EPAO ID: EPA followed by 4 digits, e.g. EPA0001");
        }
    }

    public static EpaoId of(String value) {
        return new EpaoId(value == null ? null : value.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Parses a required EPAO reference that the register or the provider's directory must know,
     * recording any error in {@code checks}; {@code null} when it is bad.
     */
    public static EpaoId parseKnown(FieldChecks checks, String field, String value, Predicate<EpaoId> known) {
        EpaoId epaoId = checks.required(field, value, EpaoId::of);
        if (epaoId != null && !known.test(epaoId)) {
            checks.reject(field, "is not a known EPAO; add it first with POST /api/v1/epaos");
            return null;
        }
        return epaoId;
    }

    @Override
    public String toString() {
        return value;
    }
}
