package uk.learnersync.provider.learners;

import uk.learnersync.validation.InvalidValueException;

/** ILR {@code Sex} (shown to users as Gender), codes from ESFA's ILR_Sex lookup (rule Sex_01). */
public enum Sex {
    F("Female"),
    M("Male");

    private final String description;

    Sex(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static Sex of(String code) {
        for (Sex sex : values()) {
            if (sex.name().equals(code)) {
                return sex;
            }
        }
        throw new InvalidValueException("must be F or M (ILR Sex, Sex_01)");
    }
}
