package uk.learnersync.provider.employers;

import uk.learnersync.validation.InvalidValueException;

/**
 * The ILR employer identifier ({@code EmpId}, the Employer Data Service's ERN): nine digits whose
 * last is a mod-11 check digit over the first eight (ILR rule EmpId_02, derived data DD05), or
 * {@link #UNKNOWN}.
 */
public record EmpId(String value) {

    private static final String UNKNOWN_VALUE = "999999999";

    /** The ILR's default for an employer not (yet) on the Employer Data Service; it fails the check digit by design. */
    public static final EmpId UNKNOWN = new EmpId(UNKNOWN_VALUE);

    public EmpId {
        // The ILR holds EmpId as an integer, so a leading zero would leave eight digits and fail EmpId_02.
        if (value == null || !value.matches("[1-9][0-9]{8}")) {
            throw new InvalidValueException("must be an employer ID (EmpId) of 9 digits");
        }
        if (!value.equals(UNKNOWN_VALUE) && value.charAt(8) != checkDigit(value)) {
            throw new InvalidValueException("must be an employer ID (EmpId) whose check digit is right "
                    + "(or 999999999 when the employer is not known to the Employer Data Service)");
        }
    }

    public static EmpId of(String raw) {
        return new EmpId(raw == null ? null : raw.strip());
    }

    /**
     * DD05: 11 minus the sum of the first eight digits weighted 9 down to 2, mod 11; a result of 11
     * is 0, and 10 is 'X', which no digit matches.
     */
    private static char checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        int result = 11 - sum % 11;
        return result == 11 ? '0' : result == 10 ? 'X' : (char) ('0' + result);
    }

    @Override
    public String toString() {
        return value;
    }
}
