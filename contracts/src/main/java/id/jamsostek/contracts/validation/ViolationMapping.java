package id.jamsostek.contracts.validation;

import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import id.jamsostek.contracts.validation.Violation.Kind;
import java.util.ArrayList;
import java.util.List;

/** Turns the schema library's messages into {@link Violation}s, keyword by keyword (see {@link ContractSchema}). */
final class ViolationMapping {

    private ViolationMapping() {
    }

    static Violation toViolation(ValidationMessage message) {
        Kind kind = kindOf(message.getType());
        List<Object> path = elements(message.getInstanceLocation());
        // "required" and "additionalProperties" are reported on the object; the field is the property inside it.
        if ((kind == Kind.MISSING || kind == Kind.UNKNOWN_FIELD) && message.getProperty() != null
                && !endsWith(path, message.getProperty())) {
            path.add(message.getProperty());
        }
        return new Violation(kind, field(path), pointer(path));
    }

    static Kind kindOf(String keyword) {
        return switch (keyword) {
            case "required", "dependentRequired" -> Kind.MISSING;
            case "maxLength", "maxItems", "maxProperties" -> Kind.TOO_LONG;
            case "additionalProperties", "unevaluatedProperties" -> Kind.UNKNOWN_FIELD;
            case "type" -> Kind.TYPE;
            default -> Kind.FORMAT;
        };
    }

    private static List<Object> elements(JsonNodePath location) {
        List<Object> path = new ArrayList<>(location.getNameCount());
        for (int i = 0; i < location.getNameCount(); i++) {
            path.add(location.getElement(i));
        }
        return path;
    }

    private static boolean endsWith(List<Object> path, String property) {
        return !path.isEmpty() && property.equals(path.getLast());
    }

    private static String field(List<Object> path) {
        StringBuilder field = new StringBuilder();
        for (Object element : path) {
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(element);
            }
        }
        return field.toString();
    }

    private static String pointer(List<Object> path) {
        StringBuilder pointer = new StringBuilder();
        for (Object element : path) {
            pointer.append('/').append(element.toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
