package uk.learnersync.epaplatform.apprentices.internal;

import java.util.function.BiFunction;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import uk.learnersync.validation.FieldChecks;
import uk.learnersync.validation.InvalidInputException;

/**
 * Reads request bodies that the controllers take as text, so that the body as sent can be kept in
 * the history, and checks them, refusing a body with every bad field at once.
 */
@Component
class JsonBodies {

    private final JsonMapper json;

    JsonBodies(JsonMapper json) {
        this.json = json;
    }

    /** Reads the body as {@code type} and checks it. */
    <R, T> T parse(String body, Class<R> type, BiFunction<R, FieldChecks, T> check) {
        FieldChecks checks = new FieldChecks();
        T value = check.apply(read(body, type), checks);
        checks.throwIfAny();
        return value;
    }

    <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw InvalidInputException.of("$", "a JSON body is required");
        }
        T value = json.readValue(body, type);
        if (value == null) {
            throw InvalidInputException.of("$", "must be a JSON object");
        }
        return value;
    }
}
