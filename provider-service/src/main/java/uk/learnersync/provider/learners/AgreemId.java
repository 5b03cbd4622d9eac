package uk.learnersync.provider.learners;

import uk.learnersync.validation.InvalidValueException;

/**
 * The ILR 2026/27 agreement identifier ({@code AgreemId} on the learner's employment status): the
 * Apprenticeship Service agreement under which the employer takes the learner on, 1 to 7 letters and
 * digits (DfE's schema, FD_AgreemId_AP). It changes when the employer does.
 */
public record AgreemId(String value) {

    public AgreemId {
        if (value == null || !value.matches("[A-Za-z0-9]{1,7}")) {
            throw new InvalidValueException("must be an Apprenticeship Service agreement ID (AgreemId): 1 to 7 letters "
                    + "and digits, e.g. A123456");
        }
    }

    public static AgreemId of(String raw) {
        return new AgreemId(raw == null ? null : raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
