package uk.learnersync.provider.employers;

import java.util.Locale;
import java.util.regex.Pattern;

import uk.learnersync.provider.shared.InvalidValueException;

/** A UK postcode, kept in its canonical form: upper case, one space before the inward code. */
public record Postcode(String value) {

    private static final Pattern UK_POSTCODE =
            Pattern.compile("^(GIR 0AA|[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2})$");

    public Postcode {
        if (value == null || !UK_POSTCODE.matcher(value).matches()) {
            throw new InvalidValueException("must be a UK postcode such as SW1A 1AA");
        }
    }

    /** Accepts any spacing and case, e.g. {@code sw1a1aa}. */
    public static Postcode of(String raw) {
        if (raw == null) {
            throw new InvalidValueException("must be a UK postcode such as SW1A 1AA");
        }
        String compact = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            throw new InvalidValueException("must be a UK postcode such as SW1A 1AA");
        }
        return new Postcode(compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3));
    }

    @Override
    public String toString() {
        return value;
    }
}
