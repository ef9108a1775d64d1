package id.jamsostek.gateway.partner.administration;

import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What changed between two documents of a partner (view partner_document, which holds no secret): for each setting
 * that differs, {@code {"from": ..., "to": ...}}, absent settings as null. This is what the audit records.
 */
public final class PartnerChanges {

    private PartnerChanges() {}

    public static ObjectNode between(JsonNode before, JsonNode after) {
        ObjectNode changes = JsonNodeFactory.instance.objectNode();
        Set<String> names = new LinkedHashSet<>(before.propertyNames());
        names.addAll(after.propertyNames());
        for (String name : names) {
            JsonNode from = before.get(name);
            JsonNode to = after.get(name);
            if (from == null ? to != null : !from.equals(to)) {
                ObjectNode change = changes.putObject(name);
                change.set("from", from == null ? JsonNodeFactory.instance.nullNode() : from);
                change.set("to", to == null ? JsonNodeFactory.instance.nullNode() : to);
            }
        }
        return changes;
    }
}
