package uk.learnersync.provider.employers;

import uk.learnersync.provider.shared.InvalidValueException;

/** The ILR employer identifier ({@code EmpId}, the Employer Data Service's ERN): 9 digits. */
public record EmpId(String value) {

    public EmpId {
        if (value == null || !value.matches("[0-9]{9}")) {
            throw new InvalidValueException("must be an employer ID (EmpId) of 9 digits");
        }
    }

    public static EmpId of(String raw) {
        return new EmpId(raw == null ? null : raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
