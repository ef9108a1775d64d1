package id.jamsostek.adapters.core;

import id.jamsostek.contracts.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/** The open bill of a customer number as the core's billing service states it (contracts/core Bill). */
public record CoreBill(
        String billId,
        String customerNo,
        AccountType accountType,
        String holderName,
        Status status,
        Money totalAmount,
        List<YearMonth> periods,
        LocalDate dueDate,
        OffsetDateTime expiresAt,
        List<Line> lines,
        Coverage coverage) {

    public enum AccountType { EMPLOYER, PARTICIPANT, COLLECTIVE }

    public enum Status { UNPAID, PAID, EXPIRED }

    /** One program's amount summed over the bill's months; informational lines are shown but not payable. */
    public record Line(String program, Money amount, boolean informational) {}

    /**
     * The days a participant's own bill covers, first and last included: its months roll from the registration day.
     * Null on employer and collective bills.
     */
    public record Coverage(LocalDate from, LocalDate to) {}

    public CoreBill {
        periods = List.copyOf(periods);
        lines = List.copyOf(lines);
    }

    /** A bill of calendar months (no covered days). */
    public CoreBill(String billId, String customerNo, AccountType accountType, String holderName, Status status,
            Money totalAmount, List<YearMonth> periods, LocalDate dueDate, OffsetDateTime expiresAt,
            List<Line> lines) {
        this(billId, customerNo, accountType, holderName, status, totalAmount, periods, dueDate, expiresAt, lines,
                null);
    }
}
