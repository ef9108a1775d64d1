package id.jamsostek.adapters.core;

import id.jamsostek.contracts.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What a collective bill holds (billed: made and unpaid) or would hold now, with the renewals of its village and
 * payer (contracts/core CollectiveBillPreview).
 */
public record CollectiveBillPreview(YearMonth period, boolean billed, int members, Money totalAmount,
        List<CoreBill.Line> lines, LocalDate dueDate, Renewals renewals) {

    public CollectiveBillPreview {
        lines = List.copyOf(lines);
    }
}
