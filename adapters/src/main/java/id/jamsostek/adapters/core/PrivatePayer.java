package id.jamsostek.adapters.core;

/**
 * A payer the core bills collectively by its id in the agency's register: a donor (for the months it sponsors) or a
 * Perisai agent (for the workers it registered and collects from).
 */
public record PrivatePayer(Kind kind, String id) {

    public enum Kind {
        DONOR("donors"), AGENT("agents");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        /** The core's path segment of the kind. */
        String path() {
            return path;
        }
    }
}
