package id.jamsostek.gateway.messagelog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What of a body goes into the archive: all of it, none (and why), or a JSON body with named fields' values replaced.
 * The entry's digest is always over the bytes as they went; a body archived whole matches it, a redacted one cannot.
 *
 * @param bytes    the bytes archived; null when the body is not archived
 * @param omitted  why the body is not archived; null when it is
 * @param redacted the JSON pointers of the values replaced; empty when none
 */
public record ArchivedBody(byte[] bytes, String omitted, List<String> redacted) {

    /** What stands in a redacted value's place. */
    public static final String REDACTED = "[redacted]";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ArchivedBody whole(byte[] bytes) {
        return new ArchivedBody(bytes, null, List.of());
    }

    static ArchivedBody omitted(String why) {
        return new ArchivedBody(null, why, List.of());
    }

    /**
     * The body with the values of the named fields replaced by {@link #REDACTED}: a name matches that field at any
     * depth, a JSON pointer ({@code /outbound/clientSecret}) that one place. An empty body is archived as it is; one
     * that is not JSON is not archived at all, as it may hold the fields in another form.
     */
    static ArchivedBody redacted(byte[] bytes, Set<String> fields) {
        if (bytes.length == 0) {
            return whole(bytes);
        }
        JsonNode document;
        try {
            document = JSON.readTree(bytes);
        } catch (RuntimeException notJson) { // Jackson's errors included
            return omitted("not JSON, on a route whose bodies carry credentials");
        }
        List<String> replaced = new ArrayList<>();
        for (String field : fields) {
            if (field.startsWith("/")) {
                replaceAt(document, JsonPointer.compile(field), replaced);
            }
        }
        replaceNamed(document, JsonPointer.empty(), fields, replaced);
        return replaced.isEmpty() ? whole(bytes)
                : new ArchivedBody(JSON.writeValueAsBytes(document), null, List.copyOf(replaced));
    }

    private static void replaceAt(JsonNode document, JsonPointer pointer, List<String> replaced) {
        if (document.at(pointer).isMissingNode() || document.at(pointer.head()) instanceof ArrayNode) {
            return;
        }
        if (document.at(pointer.head()) instanceof ObjectNode parent) {
            parent.put(pointer.last().getMatchingProperty(), REDACTED);
            replaced.add(pointer.toString());
        }
    }

    private static void replaceNamed(JsonNode node, JsonPointer at, Set<String> names, List<String> replaced) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
                JsonPointer pointer = at.appendProperty(field.getKey());
                if (names.contains(field.getKey())) {
                    if (!REDACTED.equals(field.getValue().asString(null))) {
                        object.put(field.getKey(), REDACTED);
                        replaced.add(pointer.toString());
                    }
                } else {
                    replaceNamed(field.getValue(), pointer, names, replaced);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                replaceNamed(array.get(i), at.appendIndex(i), names, replaced);
            }
        }
    }
}
