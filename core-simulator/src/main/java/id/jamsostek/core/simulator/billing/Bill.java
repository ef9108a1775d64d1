package id.jamsostek.core.simulator.billing;

import id.jamsostek.contracts.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A closed bill as issued: its content never changes (a changed amount is a new bill). Whether it is paid or expired
 * is not part of it: see {@link OpenBills}.
 *
 * @param periods the contribution months covered, oldest first
 * @param dueDate the due date of the latest period
 * @param expiresAt when a payment order stops being payable; null for regular bills
 * @param memberKpjs on a collective bill made on request, the participants it pays for (paying it moves each one's
 *     paid-through month); empty on every other bill
 * @param coveredDays the days covered, for a participant's own bill (its months roll from its registration day); null
 *     on employer and collective bills, whose months are calendar months or differ per member
 */
public record Bill(String billId, String customerNo, AccountType accountType, String holderName, BillKind kind,
        List<YearMonth> periods, LocalDate dueDate, OffsetDateTime expiresAt, List<BillLine> lines, Money total,
        List<String> memberKpjs, CoveredDays coveredDays) {

    public Bill {
        Objects.requireNonNull(billId, "billId");
        periods = List.copyOf(periods);
        lines = List.copyOf(lines);
        memberKpjs = List.copyOf(memberKpjs);
        Money sum = lines.stream().filter(l -> !l.informational()).map(BillLine::amount).reduce(Money.ZERO, Money::plus);
        if (sum.compareTo(total) != 0) {
            throw new IllegalArgumentException("bill lines sum to " + sum + ", not the total " + total);
        }
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("a bill covers at least one period");
        }
    }

    public YearMonth firstPeriod() {
        return periods.getFirst();
    }

    public YearMonth lastPeriod() {
        return periods.getLast();
    }

    @Override
    public String toString() {
        return "Bill[" + billId + ", " + kind + ", periods=" + periods + ", total=" + total + "]";
    }
}
