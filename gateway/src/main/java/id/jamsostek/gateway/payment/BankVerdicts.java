package id.jamsostek.gateway.payment;

import id.jamsostek.adapters.bankapi.NotFound;
import id.jamsostek.adapters.bankapi.PaymentStatus;
import id.jamsostek.adapters.bankapi.StatusQuery;
import id.jamsostek.adapters.bankapi.Unknown;
import id.jamsostek.contracts.VirtualAccountNo;
import id.jamsostek.gateway.background.PeriodicTask;
import id.jamsostek.gateway.bankapi.BankApis;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Settles what the bank itself did with a payment it was told was pending: asks the bank's status service (26).
 * Paid: recorded. Not paid (rejected, or unknown to the bank): the payment is cancelled before the core posts it, or
 * listed for reversal if the core already did. No usable answer: asked again later, never read as "not paid". Banks
 * without outbound settings are not asked (their advice and the daily reconciliation settle it).
 */
@Component
public class BankVerdicts extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(BankVerdicts.class);

    private final BankPaymentStore payments;
    private final BankApis bankApis;
    private final BankVerdictSettings settings;

    public BankVerdicts(BankPaymentStore payments, BankApis bankApis, BankVerdictSettings settings) {
        this.payments = payments;
        this.bankApis = bankApis;
        this.settings = settings;
    }

    @Override
    protected boolean enabled() {
        return settings.enabled();
    }

    @Override
    protected Duration interval() {
        return settings.interval();
    }

    @Override
    protected Mono<Long> round() {
        return settle();
    }

    /** One round: the payments due to be asked about, one after the other; how many got a verdict. */
    public Mono<Long> settle() {
        return payments.awaitingBankVerdict(settings.after(), settings.askAgainAfter(), settings.batch())
                .concatMap(payment -> bankApis.client(payment.partnerId())
                        .flatMap(client -> client.paymentStatus(StatusQuery.ofPayment(
                                VirtualAccountNo.parse(payment.virtualAccountNo()), payment.paymentRequestId())))
                        .flatMap(status -> apply(payment, status)))
                .filter(Boolean::booleanValue)
                .count();
    }

    private Mono<Boolean> apply(BankPayment payment, PaymentStatus status) {
        return switch (status) {
            case PaymentStatus.Paid paid -> payments.bankPaid(payment.id()).thenReturn(true);
            case PaymentStatus.Rejected rejected -> notPaid(payment);
            case NotFound notFound -> notPaid(payment);
            case Unknown unknown -> payments.bankUnsure(payment.id()).thenReturn(false);
        };
    }

    private Mono<Boolean> notPaid(BankPayment payment) {
        return payments.bankDidNotPay(payment.id())
                .doOnNext(settled -> log.info("payment {} of {}: the bank did not take the money; now {}",
                        payment.paymentKey(), payment.partnerId(), settled.state()))
                .thenReturn(true);
    }
}
