package id.jamsostek.gateway.partner;

/** The checks every partner registration makes, with messages an operator can act on. */
final class Registrations {

    private Registrations() {}

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    static void requireId(String id) {
        require(id != null && id.matches("[a-z0-9][a-z0-9-]{1,62}"), "id is lower-case letters, digits and dashes");
    }

    static void requireName(String name) {
        require(name != null && !name.isBlank(), "name is required");
    }
}
