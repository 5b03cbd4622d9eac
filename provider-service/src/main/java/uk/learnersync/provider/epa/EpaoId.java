package uk.learnersync.provider.epa;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidValueException;

/**
 * An end-point assessment organisation's ID, the ILR {@code EPAOrgID} ("assessment organisation ID"
 * from 2026/27): {@code EPA} and 4 digits as the register numbers organisations or, from ILR 2026/27
 * on, the organisation's 8-digit UKPRN.
 */
public record EpaoId(String value) {

    private static final Pattern REGISTER_ID = Pattern.compile("EPA[0-9]{4}");
    /** A UKPRN is 10000000 to 99999999. */
    private static final Pattern UKPRN = Pattern.compile("[1-9][0-9]{7}");

    public EpaoId {
        if (value == null || !REGISTER_ID.matcher(value).matches() && !UKPRN.matcher(value).matches()) {
            throw new InvalidValueException("must be an assessment organisation ID: EPA followed by 4 digits, "
                    + "e.g. EPA0001, or the organisation's 8-digit UKPRN, e.g. 10022712");
        }
    }

    public static EpaoId of(String value) {
        return new EpaoId(value == null ? null : value.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether this is the organisation's UKPRN, which no ILR file before 2026/27 can hold. */
    public boolean isUkprn() {
        return UKPRN.matcher(value).matches();
    }

    /**
     * Parses a required EPAO reference that the register or the provider's directory must know,
     * recording any error in {@code checks}; the ID it is known by (a UKPRN the register knows is that
     * organisation), {@code null} when it is bad.
     */
    public static EpaoId parseKnown(FieldChecks checks, String field, String value,
                                    Function<EpaoId, Optional<EpaoId>> known) {
        EpaoId epaoId = checks.required(field, value, EpaoId::of);
        if (epaoId == null) {
            return null;
        }
        Optional<EpaoId> resolved = known.apply(epaoId);
        if (resolved.isEmpty()) {
            checks.reject(field, "is not a known assessment organisation (EPAO); add it first with POST /api/v1/epaos");
            return null;
        }
        return resolved.get();
    }

    @Override
    public String toString() {
        return value;
    }
}
