package id.jamsostek.core.simulator.billing;

import id.jamsostek.contracts.Money;
import id.jamsostek.core.simulator.model.NonWageEarner;
import id.jamsostek.core.simulator.model.Sponsorships;
import id.jamsostek.core.simulator.tariff.ContributionBreakdown;
import id.jamsostek.core.simulator.tariff.Program;
import id.jamsostek.core.simulator.tariff.ProgramShare;
import id.jamsostek.core.simulator.tariff.Segment;
import id.jamsostek.core.simulator.tariff.Tariffs;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Composes bills from what an account owes: one closed bill per customer number, lines summed per program over the
 * months, an informational JKP 0.00 line (JKP sits inside JKK), and a LATE_FEE line when a period is late.
 */
public final class BillComposer {

    /** Bill ids of one simulator run never meet those of another, as a real core's ids never repeat. */
    private final String instance = java.util.UUID.randomUUID().toString();

    private final Tariffs tariffs;
    private final Sponsorships sponsorships;

    /** @param sponsorships the months a donor pays: a participant's own account does not bill them */
    public BillComposer(Tariffs tariffs, Sponsorships sponsorships) {
        this.tariffs = tariffs;
        this.sponsorships = sponsorships;
    }

    /**
     * Everything due on the account today, or empty when nothing is. An employer owes every month from the one after
     * its paid-through month to the current month (arrears with late fees). A non-wage earner owes the current month
     * only: months it did not pay lapse (coverage stops) instead of becoming debt, and carry no late fee.
     */
    public Optional<Bill> regularBill(BillingAccount account, String customerNo, LocalDate today) {
        if (!account.contributions().billsEveryMonth()) {
            return Optional.empty();
        }
        List<YearMonth> periods = duePeriods(account, today);
        if (periods.isEmpty() || sponsored(account, periods.getFirst())) {
            return Optional.empty();
        }
        Segment segment = account.contributions().segment();
        ContributionBreakdown contributions = ContributionBreakdown.NONE;
        Money lateFee = Money.ZERO;
        for (YearMonth period : periods) {
            ContributionBreakdown month = account.contributions().contributionFor(period);
            contributions = contributions.plus(month);
            if (segment == Segment.PU) {
                lateFee = lateFee.plus(tariffs.lateFees().feeFor(period, month, today));
            }
        }
        return Optional.of(bill(BillKind.REGULAR, account, customerNo, periods, contributions, lateFee, null, "",
                List.of()));
    }

    /** A bill for months paid in advance (a non-wage earner may), payable until {@code expiresAt}. */
    public Bill paymentOrder(BillingAccount account, String customerNo, List<YearMonth> periods,
            OffsetDateTime preparedAt, OffsetDateTime expiresAt) {
        ContributionBreakdown contributions = periods.stream()
                .map(account.contributions()::contributionFor)
                .reduce(ContributionBreakdown.NONE, ContributionBreakdown::plus);
        return bill(BillKind.PAYMENT_ORDER, account, customerNo, periods, contributions, Money.ZERO, expiresAt,
                preparedAt.toString(), List.of());
    }

    /**
     * A new participant's first bill. For the current month it is the regular bill (the same id the open bill shows);
     * for a later month, which no regular bill covers yet, an order for that month that does not expire.
     */
    public Bill firstBill(BillingAccount account, String customerNo, YearMonth firstMonth, LocalDate today) {
        if (firstMonth.equals(currentMonth(account, today))) {
            return regularBill(account, customerNo, today).orElseThrow(
                    () -> new IllegalStateException("a new participant owes its first month"));
        }
        return bill(BillKind.PAYMENT_ORDER, account, customerNo, List.of(firstMonth),
                account.contributions().contributionFor(firstMonth), Money.ZERO, null, "first-bill", List.of());
    }

    /** One month of several participants as one bill of the collective account: lines summed over the members. */
    public Bill collectiveBill(BillingAccount account, YearMonth period, List<NonWageEarner> members) {
        ContributionBreakdown contributions = members.stream()
                .map(m -> tariffs.nonWageEarners().monthly(m.terms(), period))
                .reduce(ContributionBreakdown.NONE, ContributionBreakdown::plus);
        return bill(BillKind.COLLECTIVE, account, account.customerNo(), List.of(period), contributions, Money.ZERO,
                null, "", members.stream().map(NonWageEarner::kpj).sorted().toList());
    }

    /** A non-wage earner's month a donor pays is billed to the donor (a BPU owes one month at a time). */
    public boolean sponsored(BillingAccount account, YearMonth month) {
        return account.contributions().soleParticipant().flatMap(kpj -> sponsorships.of(kpj, month)).isPresent();
    }

    /** The contribution month running on the day: a non-wage earner's rolls from its registration day. */
    public static YearMonth currentMonth(BillingAccount account, LocalDate today) {
        return account.contributions().rollingPeriods().map(periods -> periods.monthOf(today))
                .orElse(YearMonth.from(today));
    }

    private static List<YearMonth> duePeriods(BillingAccount account, LocalDate today) {
        YearMonth current = currentMonth(account, today);
        YearMonth paidThrough = account.state().paidThrough();
        if (!paidThrough.isBefore(current)) {
            return List.of();
        }
        if (account.contributions().segment() == Segment.BPU) {
            return List.of(current);
        }
        List<YearMonth> periods = new ArrayList<>();
        for (YearMonth period = paidThrough.plusMonths(1); !period.isAfter(current); period = period.plusMonths(1)) {
            periods.add(period);
        }
        return periods;
    }

    private Bill bill(BillKind kind, BillingAccount account, String customerNo, List<YearMonth> periods,
            ContributionBreakdown contributions, Money lateFee, OffsetDateTime expiresAt, String salt,
            List<String> memberKpjs) {
        List<BillLine> lines = lines(contributions, lateFee);
        Money total = lines.stream().filter(l -> !l.informational()).map(BillLine::amount).reduce(Money.ZERO, Money::plus);
        LocalDate dueDate = tariffs.dueDates().dueDate(account.contributions().segment(), periods.getLast());
        String billId = BillIds.of(kind, String.join("|", instance, customerNo, periods.toString(), lines.toString(),
                total.toWire(), String.valueOf(expiresAt), salt, memberKpjs.toString()));
        CoveredDays covered = account.contributions().rollingPeriods()
                .map(rolling -> new CoveredDays(rolling.start(periods.getFirst()), rolling.end(periods.getLast())))
                .orElse(null);
        return new Bill(billId, customerNo, account.type(), account.holderName(), kind, periods, dueDate, expiresAt,
                lines, total, memberKpjs, covered);
    }

    private static List<BillLine> lines(ContributionBreakdown contributions, Money lateFee) {
        Map<Program, Money> amounts = new EnumMap<>(Program.class);
        for (ProgramShare share : contributions.shares()) {
            amounts.merge(share.program(), share.total(), Money::plus);
        }
        List<BillLine> lines = new ArrayList<>();
        amounts.forEach((program, amount) -> lines.add(new BillLine(program, amount, false)));
        lines.add(new BillLine(Program.JKP, Money.ZERO, true));
        if (!lateFee.isZero()) {
            lines.add(new BillLine(Program.LATE_FEE, lateFee, false));
        }
        return lines;
    }
}
