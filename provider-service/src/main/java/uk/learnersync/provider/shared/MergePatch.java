package uk.learnersync.provider.shared;

import java.util.Map;

import org.springframework.stereotype.Component;

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
        return mapper.treeToValue(merged, type);
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
