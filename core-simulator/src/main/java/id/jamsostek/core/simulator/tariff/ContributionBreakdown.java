package id.jamsostek.core.simulator.tariff;

import id.jamsostek.contracts.Money;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The contribution of one period (of one person or summed over several), per program. */
public record ContributionBreakdown(List<ProgramShare> shares) {

    public static final ContributionBreakdown NONE = new ContributionBreakdown(List.of());

    public ContributionBreakdown {
        shares = List.copyOf(shares);
    }

    public ProgramShare share(Program program) {
        return shares.stream().filter(s -> s.program() == program).findFirst()
                .orElse(new ProgramShare(program, Money.ZERO, Money.ZERO));
    }

    public Money employerTotal() {
        return shares.stream().map(ProgramShare::employerShare).reduce(Money.ZERO, Money::plus);
    }

    public Money workerTotal() {
        return shares.stream().map(ProgramShare::workerShare).reduce(Money.ZERO, Money::plus);
    }

    public Money total() {
        return employerTotal().plus(workerTotal());
    }

    /** Sums per program, keeping program order. */
    public ContributionBreakdown plus(ContributionBreakdown other) {
        Map<Program, ProgramShare> sum = new EnumMap<>(Program.class);
        for (ProgramShare share : shares) {
            sum.merge(share.program(), share, ProgramShare::plus);
        }
        for (ProgramShare share : other.shares) {
            sum.merge(share.program(), share, ProgramShare::plus);
        }
        return new ContributionBreakdown(List.copyOf(sum.values()));
    }
}
