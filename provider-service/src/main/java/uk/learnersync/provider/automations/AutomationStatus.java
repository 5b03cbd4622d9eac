package uk.learnersync.provider.automations;

import java.util.Arrays;
import java.util.stream.Collectors;

import uk.learnersync.validation.InvalidValueException;

/** Where an automation stands: waiting for a decision, or decided once and for all. */
public enum AutomationStatus {
    PENDING,
    APPLIED,
    REJECTED;

    public static AutomationStatus of(String raw) {
        for (AutomationStatus status : values()) {
            if (status.name().equals(raw.strip())) {
                return status;
            }
        }
        throw new InvalidValueException("must be one of " + Arrays.stream(values()).map(Enum::name)
                .collect(Collectors.joining(", ")));
    }
}
