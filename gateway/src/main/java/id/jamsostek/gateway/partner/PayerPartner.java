package id.jamsostek.gateway.partner;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A payer's software beyond the public budgets: a donor (company CSR, zakat body, GN Lingkaran) that sponsors
 * participants' months, or a Perisai agent that registers informal workers and pays for those it collects from.
 *
 * @param payerId its id in the agency's register of donors or agents: what the core knows it by
 */
public record PayerPartner(String id, String name, boolean enabled, Set<String> scopes, Kind kind, String payerId)
        implements RestPartner {

    /** The kinds of payer, each with every scope of its API (contracts/payer/openapi.yaml). */
    public enum Kind {
        DONOR(Set.of("donor.sponsor", "donor.read", "donor.bill")),
        AGENT(Set.of("agent.enroll", "agent.read", "agent.bill"));

        private final Set<String> scopes;

        Kind(Set<String> scopes) {
            this.scopes = scopes;
        }

        public Set<String> scopes() {
            return scopes;
        }

        /** The kind a registration names (partner file, admin API, console); any other is refused naming it. */
        public static Kind of(String kind) {
            return Stream.of(values()).filter(known -> known.name().equals(kind)).findFirst()
                    .orElseThrow(() -> new InvalidRegistration("kind", "kind is DONOR or AGENT"));
        }
    }

    private static final Pattern PAYER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public PayerPartner {
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(kind, "kind");
        requirePayerId(payerId);
    }

    /** As the core's contract has a donor's or agent's id. */
    public static void requirePayerId(String payerId) {
        Registrations.require(payerId != null && PAYER_ID.matcher(payerId).matches(), "payerId",
                "payerId is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
}
