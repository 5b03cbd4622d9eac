package uk.learnersync.provider.automations;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import uk.learnersync.provider.learners.CircumstanceChange;
import uk.learnersync.provider.learners.CircumstanceInput;
import uk.learnersync.provider.shared.AutomationType;
import uk.learnersync.provider.learners.LearnerId;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidValueException;

/** An automation as a person or client asks for it, not yet checked. */
public record AutomationRequest(String type, String learnerId, LocalDate effectiveDate, Map<String, Object> details) {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    record Parsed(LearnerId learnerId, CircumstanceChange change) {
    }

    /** Checks each field on its own; {@code null} parts where a field was bad. */
    Parsed parse(FieldChecks checks) {
        LearnerId learner = checks.required("learnerId", learnerId, AutomationRequest::learnerId);
        if (AutomationType.EPA_OUTCOME.name().equals(type)) {
            checks.reject("type", "EPA_OUTCOME is raised by LearnerSync itself when an EPA result is read back from "
                    + "the EPAO's platform; it cannot be requested");
            return new Parsed(learner, null);
        }
        CircumstanceChange change = new CircumstanceInput(type, effectiveDate, details).parse(checks);
        return new Parsed(learner, change);
    }

    /** Reads a learner's ID as a request names it. */
    public static LearnerId learnerId(String raw) {
        String text = raw.strip();
        if (!UUID_TEXT.matcher(text).matches()) {
            throw new InvalidValueException("must be an ID (a UUID)");
        }
        return new LearnerId(UUID.fromString(text));
    }
}
