package uk.learnersync.provider.learners;

import uk.learnersync.validation.InvalidValueException;

/**
 * A Unique Learner Number: 10 digits whose last is a check digit (ESFA rule ULN_04). Weights 10..2
 * on the first nine digits; r = sum mod 11; r = 0 is never valid; the tenth digit must be 10 - r.
 * ESFA's temporary ULN 9999999999 is accepted as such (ULN_04 exempts it).
 */
public record Uln(String value) {

    public static final String TEMPORARY = "9999999999";

    public Uln {
        if (value == null || !value.matches("[1-9][0-9]{9}")) {
            throw new InvalidValueException("must be a ULN of 10 digits");
        }
        if (!value.equals(TEMPORARY) && !hasValidCheckDigit(value)) {
            throw new InvalidValueException("is not a valid ULN: its check digit is wrong (ULN_04)");
        }
    }

    public static Uln of(String raw) {
        return new Uln(raw == null ? null : raw.strip());
    }

    public static boolean hasValidCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return remainder != 0 && digits.charAt(9) - '0' == 10 - remainder;
    }

    public boolean isTemporary() {
        return value.equals(TEMPORARY);
    }

    /** The ULN with all but the last four digits hidden, for logs. */
    public String masked() {
        return "******" + value.substring(6);
    }

    @Override
    public String toString() {
        return value;
    }
}
