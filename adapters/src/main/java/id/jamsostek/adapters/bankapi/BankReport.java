package id.jamsostek.adapters.bankapi;

import java.time.LocalDate;
import java.util.List;

/** What a bank's report service (35) says about one Jakarta day of one company code. */
public sealed interface BankReport permits BankReport.Listed, NotFound, Unknown {

    /** 2003500: the payments the bank lists for the day (none is a valid answer). */
    record Listed(LocalDate day, List<ReportedPayment> payments) implements BankReport {

        public Listed {
            payments = List.copyOf(payments);
        }
    }
}
