package id.jamsostek.gateway.reconciliation;

import id.jamsostek.gateway.partner.BankPartners;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reconciles a bank's day from what the bank reports: the CSV it uploads, or its own SNAP report service. The one
 * way both the admin API and the operators' console start a reconciliation.
 */
@Component
public class BankDayReconciliation {

    private final Reconciliation reconciliation;
    private final BankPartners banks;
    private final BankReportSource reports;

    public BankDayReconciliation(Reconciliation reconciliation, BankPartners banks, BankReportSource reports) {
        this.reconciliation = reconciliation;
        this.banks = banks;
        this.reports = reports;
    }

    /** From the bank's CSV (BankReportCsv); an unknown bank is 404 and its CSV is not read. */
    public Mono<ReconciliationRun> fromCsv(String bank, LocalDate day, Mono<String> csv) {
        return banks.byId(bank)
                .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.NOT_FOUND, "bank")))
                .then(csv.defaultIfEmpty(""))
                .map(BankReportCsv::read)
                .flatMap(lines -> reconciliation.reconcile(bank, day, ReconciliationRun.Source.CSV, lines));
    }

    /** From the bank's own SNAP report service, for a bank with outbound settings. */
    public Mono<ReconciliationRun> fromBank(String bank, LocalDate day) {
        return reports.day(bank, day)
                .flatMap(lines -> reconciliation.reconcile(bank, day, ReconciliationRun.Source.SNAP_REPORT, lines));
    }
}
