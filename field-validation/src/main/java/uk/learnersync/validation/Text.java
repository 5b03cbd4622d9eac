package uk.learnersync.validation;

import java.util.regex.Pattern;

/**
 * Checks of free-text fields: length, no control characters, and the formats of names, address lines,
 * emails and phones (ESFA's ILR patterns where the ILR defines the field).
 */
public final class Text {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    /**
     * ESFA's pattern for GivenNames and FamilyName in the ILR schema, {@code [^0-9\r\n\t|"]{1,100}}, within
     * the Latin-based characters its specification supports (the ISB standard for names: Basic Latin,
     * Latin-1, Latin Extended A to D and Latin Extended Additional), less {@code <} and {@code >}: no name
     * needs them, and LearnerSync sends names on to EPA organisations' systems.
     */
    private static final Pattern PERSON_NAME = Pattern.compile(
            "[\\x20-\\x7E\\u00A0-\\u024F\\u1E00-\\u1EFF\\u2C60-\\u2C7F\\uA720-\\uA7FF&&[^0-9|\"<>]]{1,100}");
    /** ESFA's pattern for the ILR's address lines, AddLine1 to AddLine4 (RestrictedString, at most 50). */
    private static final Pattern ADDRESS_LINE = Pattern.compile("[A-Za-z0-9 ~!@&'\\\\()*+,\\-./:;]{1,50}");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");

    private Text() {
    }

    /** A trimmed single-line text of at most {@code maxLength} characters. */
    public static String line(String value, int maxLength) {
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException("must not be blank");
        }
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException("must be at most " + maxLength + " characters");
        }
        if (CONTROL.matcher(trimmed).find()) {
            throw new InvalidValueException("must not contain control characters");
        }
        return trimmed;
    }

    /**
     * A given or family name as the ILR allows it: 1 to 100 Latin-based characters, no digits, no
     * {@code |} or {@code "}; and no {@code <} or {@code >}.
     */
    public static String personName(String value) {
        String trimmed = line(value, 100);
        if (!PERSON_NAME.matcher(trimmed).matches()) {
            throw new InvalidValueException("must only include letters of the Latin alphabet, spaces and punctuation "
                    + "such as hyphens and apostrophes, and not digits or the characters < > | \"");
        }
        return trimmed;
    }

    /** An address line as the ILR defines AddLine1 to AddLine4: at most 50 characters, of ESFA's set. */
    public static String addressLine(String value) {
        String trimmed = line(value, 50);
        if (!ADDRESS_LINE.matcher(trimmed).matches()) {
            throw new InvalidValueException("must only include letters a to z, numbers, spaces and the characters "
                    + "~ ! @ & ' \\ ( ) * + , - . / : ;");
        }
        return trimmed;
    }

    /** An email address as the ILR accepts it (at most 100 characters, one {@code @}, a dotted domain). */
    public static String email(String value) {
        String trimmed = line(value, 100);
        if (!EMAIL.matcher(trimmed).matches()) {
            throw new InvalidValueException("must be an email address such as name@example.com");
        }
        return trimmed;
    }

    /** A UK or international telephone number: digits, spaces, brackets, hyphens and a leading +. */
    public static String phone(String value) {
        String trimmed = line(value, 20);
        if (!PHONE.matcher(trimmed).matches()) {
            throw new InvalidValueException("must be a telephone number such as 01632 960001");
        }
        return trimmed;
    }
}
