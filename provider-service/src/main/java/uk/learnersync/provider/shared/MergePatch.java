package uk.learnersync.provider.shared;

import uk.learnersync.validation.InvalidInputException;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7396) over a request type: the current state is written as that type, the
 * patch merged in, and the result read back strictly, so that a PATCH is validated exactly like the
 * create request and unknown fields are refused the same way.
 */
@Component
public class MergePatch {

    private final JsonMapper mapper;

    public MergePatch(JsonMapper mapper) {
        this.mapper = mapper.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw InvalidInputException.of("$", "must be a JSON object (a merge patch)");
        }
        ObjectNode merged = mapper.valueToTree(current);
        merge(merged, (ObjectNode) patch);
        try {
            return mapper.treeToValue(merged, type);
        } catch (DatabindException e) {
            throw e;
        } catch (JacksonException e) {
            // A number too large for its field fails in the tree's parser, not in data binding.
            throw InvalidInputException.of(field(e), "is out of range");
        }
    }

    private static String field(JacksonException e) {
        String field = e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? "." + reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining());
        return field.isEmpty() ? "$" : field.substring(field.startsWith(".") ? 1 : 0);
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        for (Map.Entry<String, JsonNode> entry : patch.properties()) {
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                target.remove(entry.getKey());
            } else if (value.isObject() && target.get(entry.getKey()) instanceof ObjectNode nested) {
                merge(nested, (ObjectNode) value);
            } else {
                target.set(entry.getKey(), value);
            }
        }
    }
}
