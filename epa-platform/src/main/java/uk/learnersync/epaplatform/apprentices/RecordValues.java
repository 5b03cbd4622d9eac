package uk.learnersync.epaplatform.apprentices;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import uk.learnersync.validation.InvalidValueException;

/** Checks of the coded values in an apprentice record, with the messages a caller sees. */
public final class RecordValues {

    private static final Pattern UK_POSTCODE = Pattern.compile("^(GIR 0AA|[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2})$");

    private RecordValues() {
    }

    public static Sex sex(String raw) {
        String value = raw.strip();
        for (Sex sex : Sex.values()) {
            if (sex.name().equals(value)) {
                return sex;
            }
        }
        throw new InvalidValueException("must be F or M");
    }

    /** An ILR Ethnicity code (rule Ethnicity_01). */
    public static int ethnicity(Integer code) {
        if ((code < 31 || code > 47) && code != 98 && code != 99) {
            throw new InvalidValueException("must be an ILR Ethnicity code: 31 to 47, 98 or 99");
        }
        return code;
    }

    public static LocalDate dateOfBirth(LocalDate date) {
        if (!date.isBefore(LocalDate.now())) {
            throw new InvalidValueException("must be in the past");
        }
        return date;
    }

    /** A UK postcode in any spacing and case, given back canonical: upper case, one space before the inward code. */
    public static String postcode(String raw) {
        String compact = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        String canonical = compact.length() < 5 ? compact
                : compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        if (!UK_POSTCODE.matcher(canonical).matches()) {
            throw new InvalidValueException("must be a UK postcode such as SW1A 1AA");
        }
        return canonical;
    }

    /** The LARS standard code (ILR {@code StdCode}). */
    public static int standardCode(Integer code) {
        if (code < 1 || code > 99_999) {
            throw new InvalidValueException("must be a standard code from 1 to 99999");
        }
        return code;
    }

    /** The IfATE reference of a standard, e.g. ST0116. */
    public static String standardReference(String raw) {
        String value = raw.strip().toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z]{2}[0-9]{4}")) {
            throw new InvalidValueException("must be a standard reference such as ST0116");
        }
        return value;
    }

    public static String standardVersion(String raw) {
        String value = raw.strip();
        if (!value.matches("[0-9]{1,3}\\.[0-9]{1,3}")) {
            throw new InvalidValueException("must be a version such as 1.0");
        }
        return value;
    }
}
