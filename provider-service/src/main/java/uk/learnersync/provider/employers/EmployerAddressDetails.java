package uk.learnersync.provider.employers;

import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.Text;

/**
 * An employer address as entered, validated: its lines and town are ILR address lines (AddLine1 to
 * AddLine4), at most 50 characters of ESFA's set, so that markup such as {@code <script>} is refused.
 */
public record EmployerAddressDetails(String line1, String line2, String line3, String town, Postcode postcode) {

    /**
     * Validates raw input, recording every bad field in {@code checks} under {@code prefix} (such as
     * {@code addresses[1].}); {@code null} when any field checked so far is bad.
     */
    public static EmployerAddressDetails parse(FieldChecks checks, String prefix, String line1, String line2,
                                               String line3, String town, String postcode) {
        String first = checks.required(prefix + "line1", line1, EmployerAddressDetails::line);
        String second = checks.optional(prefix + "line2", line2, EmployerAddressDetails::line);
        String third = checks.optional(prefix + "line3", line3, EmployerAddressDetails::line);
        String townName = checks.required(prefix + "town", town, EmployerAddressDetails::line);
        Postcode code = checks.required(prefix + "postcode", postcode, Postcode::of);
        return checks.hasErrors() ? null : new EmployerAddressDetails(first, second, third, townName, code);
    }

    private static String line(String value) {
        return Text.addressLine(value);
    }
}
