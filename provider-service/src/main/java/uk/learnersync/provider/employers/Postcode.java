package uk.learnersync.provider.employers;

import java.util.Locale;
import java.util.regex.Pattern;

import uk.learnersync.validation.InvalidValueException;

/**
 * A UK postcode in Royal Mail's format, kept in its canonical form: upper case, one space before
 * the inward code. The letters each position may hold are restricted as Royal Mail publishes them,
 * so that typing slips such as {@code SW1A 1AI} are caught; whether the postcode is in use is not
 * checked.
 */
public record Postcode(String value) {

    private static final String MESSAGE = "must be a UK postcode such as SW1A 1AA";

    /*
     * Outward code: A9, A99, AA9, AA99, A9A or AA9A. The first letter is never Q, V or X; the
     * second never I, J or Z; a letter in third place is one of ABCDEFGHJKPSTUW, in fourth place one
     * of ABEHMNPRVWXY. Inward code: a digit and two letters other than C, I, K, M, O and V.
     * GIR 0AA (formerly Girobank) is the one postcode outside these rules.
     */
    private static final Pattern UK_POSTCODE = Pattern.compile("^(GIR 0AA|(?:"
            + "[A-PR-UWYZ][0-9][0-9]?"
            + "|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?"
            + "|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]"
            + "|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]"
            + ") [0-9][ABD-HJLNP-UW-Z]{2})$");

    public Postcode {
        if (value == null || !UK_POSTCODE.matcher(value).matches()) {
            throw new InvalidValueException(MESSAGE);
        }
    }

    /** Accepts any case and spacing, e.g. {@code sw1a1aa} or {@code SW1A  1AA}. */
    public static Postcode of(String raw) {
        if (raw == null) {
            throw new InvalidValueException(MESSAGE);
        }
        String compact = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            throw new InvalidValueException(MESSAGE);
        }
        return new Postcode(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
    }

    @Override
    public String toString() {
        return value;
    }
}
