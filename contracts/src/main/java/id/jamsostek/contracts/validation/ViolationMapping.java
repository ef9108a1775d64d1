package id.jamsostek.contracts.validation;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import id.jamsostek.contracts.validation.Violation.Kind;
import java.util.ArrayList;
import java.util.List;

/** Turns the schema library's messages into {@link Violation}s, keyword by keyword (see {@link ContractSchema}). */
final class ViolationMapping {

    private ViolationMapping() {
    }

    static Violation toViolation(Error message) {
        Kind kind = kindOf(message.getKeyword());
        List<Object> path = elements(message.getInstanceLocation());
        // "required" and "additionalProperties" are reported on the object; the field is the property inside it.
        String property = reportedProperty(message);
        if ((kind == Kind.MISSING || kind == Kind.UNKNOWN_FIELD) && property != null && !endsWith(path, property)) {
            path.add(property);
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

    /**
     * The property a message is about. For "dependentRequired" the library names the property that is present (the
     * one that makes the other required) and passes the missing one as the first argument: the missing one is what
     * the error must name.
     */
    private static String reportedProperty(Error message) {
        Object[] arguments = message.getArguments();
        if ("dependentRequired".equals(message.getKeyword()) && arguments != null && arguments.length > 0
                && arguments[0] instanceof String missing) {
            return missing;
        }
        return message.getProperty();
    }

    private static List<Object> elements(NodePath location) {
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
