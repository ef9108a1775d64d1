package id.jamsostek.core.simulator.billing;

import id.jamsostek.core.simulator.model.Membership;
import id.jamsostek.core.simulator.model.Sponsorship;
import id.jamsostek.core.simulator.tariff.PayerType;
import java.util.Objects;
import java.util.Optional;

/**
 * A payer that is neither a participant nor a public budget: a donor (company CSR, zakat body, GN Lingkaran) paying
 * the months it sponsors, or a Perisai agent paying for the workers it registered and collects from. Each gets a
 * collective code of its own from the core (12 digits starting with 0, which no region code does).
 *
 * @param id the donor's id in the agency's register, or the agent's
 */
public record PrivatePayer(Kind kind, String id) implements CollectivePayer {

    public enum Kind {
        DONOR("01"), AGENT("02");

        private final String codePrefix;

        Kind(String codePrefix) {
            this.codePrefix = codePrefix;
        }

        /** The collective code of the kind's n-th payer. */
        String code(long sequence) {
            return codePrefix + String.format("%010d", sequence);
        }
    }

    public PrivatePayer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static PrivatePayer donor(String donorId) {
        return new PrivatePayer(Kind.DONOR, donorId);
    }

    public static PrivatePayer agent(String agentId) {
        return new PrivatePayer(Kind.AGENT, agentId);
    }

    /**
     * Whether this payer pays the member's month, given the sponsorship covering that month if any: a donor the months
     * it sponsors (or every month when named payer at enrollment); an agent the months of the self-paying workers it
     * registered that no donor sponsors.
     */
    public boolean pays(Membership member, Optional<Sponsorship> sponsorOfMonth) {
        return switch (kind) {
            case DONOR -> sponsorOfMonth.map(s -> s.donorId().equals(id)).orElseGet(() ->
                    member.payer().type() == PayerType.DONOR && id.equals(member.payer().donorId()));
            case AGENT -> sponsorOfMonth.isEmpty() && member.registeredBy(id)
                    && member.payer().type() == PayerType.SELF;
        };
    }

    @Override
    public String holderName() {
        return kind.name() + " " + id;
    }
}
