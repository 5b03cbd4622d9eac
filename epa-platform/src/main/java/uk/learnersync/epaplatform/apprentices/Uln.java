package uk.learnersync.epaplatform.apprentices;

import uk.learnersync.validation.InvalidValueException;

/** A Unique Learner Number: 10 digits with a valid check digit (ESFA rule ULN_04), or ESFA's temporary one. */
public record Uln(String value) {

    private static final String TEMPORARY = "9999999999";

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

    /** ESFA's 9999999999, for a learner whose ULN is not known yet: well formed, but no record may carry it. */
    public boolean isTemporary() {
        return value.equals(TEMPORARY);
    }

    private static boolean hasValidCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return remainder != 0 && digits.charAt(9) - '0' == 10 - remainder;
    }

    @Override
    public String toString() {
        return value;
    }
}
