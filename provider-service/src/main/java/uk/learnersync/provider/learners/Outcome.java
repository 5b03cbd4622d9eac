package uk.learnersync.provider.learners;

import java.util.Arrays;

import uk.learnersync.validation.InvalidValueException;

/** The ILR {@code Outcome} of a learning aim (ESFA's code list). */
public enum Outcome {
    ACHIEVED(1, "Achieved"),
    PARTIAL_ACHIEVEMENT(2, "Partial achievement"),
    NO_ACHIEVEMENT(3, "No achievement"),
    NOT_YET_KNOWN(8, "Learning activities are complete but the outcome is not yet known");

    private final int code;
    private final String description;

    Outcome(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    public static Outcome of(int code) {
        return Arrays.stream(values()).filter(outcome -> outcome.code == code).findFirst()
                .orElseThrow(() -> new InvalidValueException("must be an ILR Outcome code: 1, 2, 3 or 8"));
    }
}
