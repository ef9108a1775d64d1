package id.jamsostek.adapters.bankapi;

import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.adapters.core.ResilientCall;
import id.jamsostek.contracts.CompanyCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The gateway as a SNAP client of one bank: the bank-hosted status (26) and report (35) of virtual-account payments,
 * with the bank's B2B token (73) asked and kept here. Both calls are reads, so attempts are retried within the call
 * budget ({@link ResilientCall}, one breaker per bank). The answer is always an outcome, never an error: whatever is
 * not a definite answer of the bank is {@link Unknown}.
 */
public final class BankApiClient {

    static final String STATUS_PATH = "/v1.0/transfer-va/status";
    static final String REPORT_PATH = "/v1.0/transfer-va/report";
    private static final Logger log = LoggerFactory.getLogger(BankApiClient.class);

    private final String service;
    private final BankEndpoint endpoint;
    private final BankApiTiming timing;
    private final SignedExchange exchange;

    /**
     * @param service     a name for this bank's breaker, metrics and messages, e.g. "bank-api-bank-abc"
     * @param resilience  this bank's own: its breaker must not open for another bank's failures
     */
    public BankApiClient(String service, BankEndpoint endpoint, BankCredentials credentials, WebClient http,
            ResilientCall resilience, BankApiTiming timing, Clock clock) {
        this.service = Objects.requireNonNull(service, "service");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.timing = Objects.requireNonNull(timing, "timing");
        BankLine line = new BankLine(service, endpoint, credentials, http, resilience, clock);
        this.exchange = new SignedExchange(line, new B2bTokens(line, timing));
    }

    /** What the bank says about one payment (POST /v1.0/transfer-va/status). */
    public Mono<PaymentStatus> paymentStatus(StatusQuery query) {
        byte[] body = BankApiWire.statusRequest(query);
        return Mono.defer(() -> exchange.call(HttpMethod.POST, STATUS_PATH, BankApiAnswers.STATUS, body,
                        Deadline.in(timing.callBudget())))
                .map(answer -> BankApiAnswers.status(answer, query))
                .onErrorResume(error -> Mono.just(BankApiAnswers.unknown(error)))
                .map(status -> logged("status", status));
    }

    /**
     * The payments the bank lists for one company code on one Jakarta day (/v1.0/transfer-va/report, GET or POST as
     * the bank takes it). The standard has no paging: the whole day comes in one answer.
     */
    public Mono<BankReport> report(CompanyCode companyCode, LocalDate day) {
        Objects.requireNonNull(companyCode, "companyCode");
        Objects.requireNonNull(day, "day");
        byte[] body = BankApiWire.reportRequest(companyCode, day);
        HttpMethod method = HttpMethod.valueOf(endpoint.reportMethod().name());
        return Mono.defer(() -> exchange.call(method, REPORT_PATH, BankApiAnswers.REPORT, body,
                        Deadline.in(timing.callBudget())))
                .map(answer -> BankApiAnswers.report(answer, companyCode, day))
                .onErrorResume(error -> Mono.just(BankApiAnswers.unknown(error)))
                .map(report -> logged("report", report));
    }

    private <T> T logged(String call, T outcome) {
        if (outcome instanceof Unknown unknown) {
            log.info("{} {}: outcome unknown ({}, {}, {})", service, call, unknown.reason(), unknown.responseCode(),
                    unknown.detail());
        }
        return outcome;
    }
}
