package id.jamsostek.gateway.messagelog;

import java.util.Map;
import java.util.Set;

/**
 * Which bodies the archive keeps, route by route: none on the routes whose bodies are credentials (token endpoints),
 * no request body of a request that did not authenticate (a stranger's bytes are not kept for ten years: its entry
 * still has their digest, the document their size and the client's address), the named fields' values replaced on
 * the routes that carry credentials among other things (the admin API's registrations and secret rotations), the
 * whole body elsewhere.
 */
final class ArchiveRules {

    private final Set<String> bodiesNotArchived;
    private final Map<String, Set<String>> redactedFields;

    ArchiveRules(MessageLogSettings settings) {
        this.bodiesNotArchived = settings.bodiesNotArchived();
        this.redactedFields = settings.redactedFields();
    }

    /** @param authenticated whether the request authenticated as a partner or an operator */
    ArchivedBody request(String route, boolean authenticated, byte[] body) {
        if (!authenticated && !bodiesNotArchived.contains(route)) {
            return ArchivedBody.omitted("unauthenticated");
        }
        return body(route, body);
    }

    ArchivedBody response(String route, byte[] body) {
        return body(route, body);
    }

    private ArchivedBody body(String route, byte[] body) {
        if (bodiesNotArchived.contains(route)) {
            return ArchivedBody.omitted("credentials");
        }
        Set<String> fields = redactedFields.get(route);
        return fields == null ? ArchivedBody.whole(body) : ArchivedBody.redacted(body, fields);
    }
}
