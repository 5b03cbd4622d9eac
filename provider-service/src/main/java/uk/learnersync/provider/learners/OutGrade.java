package uk.learnersync.provider.learners;

import java.util.Arrays;

import uk.learnersync.validation.InvalidValueException;

/**
 * The ILR {@code OutGrade} of an apprenticeship standard's programme aim: the end-point assessment's
 * grades, coded as ESFA's list codes them.
 */
public enum OutGrade {
    PASS("PA"),
    MERIT("ME"),
    DISTINCTION("DS"),
    FAIL("FL");

    private final String code;

    OutGrade(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** A grade as an EPA platform names it (PASS, MERIT, DISTINCTION, FAIL). */
    public static OutGrade ofGrade(String grade) {
        try {
            return valueOf(grade);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("must be PASS, MERIT, DISTINCTION or FAIL");
        }
    }

    public static OutGrade ofCode(String code) {
        return Arrays.stream(values()).filter(grade -> grade.code.equals(code)).findFirst()
                .orElseThrow(() -> new InvalidValueException("must be an ILR OutGrade of an end-point assessment: "
                        + "PA, ME, DS or FL"));
    }

    public boolean passed() {
        return this != FAIL;
    }
}
