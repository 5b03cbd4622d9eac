package uk.learnersync.provider.learners;

import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import uk.learnersync.validation.InvalidValueException;

/** Reads the IDs that a request names; a malformed one is a bad field like any other. */
final class Ids {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {
    }

    static <T> Function<String, T> parser(Function<UUID, T> type) {
        return raw -> {
            String text = raw.strip();
            if (!UUID_TEXT.matcher(text).matches()) {
                throw new InvalidValueException("must be an ID (a UUID)");
            }
            return type.apply(UUID.fromString(text));
        };
    }

    static String text(Object id) {
        return id == null ? null : id.toString();
    }
}
