package id.jamsostek.gateway.reconciliation;

import id.jamsostek.adapters.bankapi.BankReport;
import id.jamsostek.adapters.bankapi.ReportedPayment;
import id.jamsostek.contracts.CompanyCode;
import id.jamsostek.gateway.bankapi.BankApis;
import id.jamsostek.gateway.partner.BankPartners;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A bank's day as its own SNAP report service (35) lists it, for every company code of the bank. A report that
 * cannot be had whole (no answer, not found, unreadable) is an error: a partial day would show false breaks.
 */
@Component
public class BankReportSource {

    private final BankPartners banks;
    private final BankApis bankApis;

    public BankReportSource(BankPartners banks, BankApis bankApis) {
        this.banks = banks;
        this.bankApis = bankApis;
    }

    public Mono<List<BankLine>> day(String bankId, LocalDate day) {
        return banks.byId(bankId)
                .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.NOT_FOUND, "bank")))
                .flatMap(bank -> bankApis.client(bankId)
                        .switchIfEmpty(Mono.error(() -> new GatewayException(Problem.INVALID_QUERY_PARAMETER,
                                "the bank has no outbound SNAP settings: upload its CSV instead")))
                        .onErrorMap(IllegalStateException.class, noKey -> new GatewayException(
                                Problem.BANK_UNAVAILABLE, "the gateway cannot call banks: " + noKey.getMessage()))
                        .flatMapMany(client -> Flux.fromIterable(bank.companyCodes()).sort()
                                .concatMap(code -> client.report(CompanyCode.of(code), day)))
                        .concatMapIterable(BankReportSource::lines)
                        .collectList());
    }

    private static List<BankLine> lines(BankReport report) {
        return switch (report) {
            case BankReport.Listed listed -> listed.payments().stream().map(BankReportSource::line).toList();
            default -> throw new GatewayException(Problem.BANK_UNAVAILABLE,
                    "the bank's report could not be had whole: " + report);
        };
    }

    private static BankLine line(ReportedPayment payment) {
        return new BankLine(payment.paymentRequestId(), payment.virtualAccount().value().strip(),
                payment.paidAmount(), paidAt(payment.trxDateTime()));
    }

    private static OffsetDateTime paidAt(String trxDateTime) {
        try {
            return trxDateTime == null ? null : OffsetDateTime.parse(trxDateTime);
        } catch (DateTimeParseException bankFormat) {
            return null;
        }
    }
}
