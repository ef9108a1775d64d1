package id.jamsostek.gateway.payment;

import id.jamsostek.adapters.core.CoreServiceSettings;
import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.gateway.core.CoreSettings;
import id.jamsostek.gateway.partner.BankPartners;
import id.jamsostek.gateway.outbox.OutboxHandler;
import id.jamsostek.gateway.outbox.OutboxItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Delivers an accepted bank payment the fast path could not settle: posted, refused (refund due), or later. */
@Component
public class PaymentOutboxHandler implements OutboxHandler {

    private static final Logger log = LoggerFactory.getLogger(PaymentOutboxHandler.class);

    private final BankPaymentStore payments;
    private final PaymentDelivery delivery;
    private final BankPartners banks;
    private final CoreServiceSettings billing;
    private final JsonMapper json;

    public PaymentOutboxHandler(BankPaymentStore payments, PaymentDelivery delivery, BankPartners banks,
            CoreSettings core, JsonMapper json) {
        this.payments = payments;
        this.delivery = delivery;
        this.banks = banks;
        this.billing = core.billing();
        this.json = json;
    }

    @Override
    public String kind() {
        return BankPaymentStore.OUTBOX_KIND;
    }

    @Override
    public Mono<Result> handle(OutboxItem item) {
        return payments.byId(item.aggregateId())
                .filter(payment -> payment.state() == BankPayment.State.ACCEPTED)
                .flatMap(this::deliver)
                .defaultIfEmpty(DONE);
    }

    private Mono<Result> deliver(BankPayment payment) {
        Deadline deadline = Deadline.in(billing.attemptTimeout().multipliedBy(billing.maxAttempts() + 1L));
        return delivery.attempt(payment, deadline).flatMap(outcome -> switch (outcome) {
            case PaymentDelivery.Outcome.Posted posted -> banks.byId(payment.partnerId())
                    .map(bank -> PaidBill.of(posted.bill(), bank.profile().maxBillLines(), json))
                    // a bank no longer registered still has its posting recorded, with every line of the bill
                    .switchIfEmpty(Mono.fromSupplier(() -> PaidBill.of(posted.bill(), null, json)))
                    .flatMap(paid -> payments.posted(payment.id(), posted.corePaymentId(), paid))
                    .thenReturn(DONE);
            case PaymentDelivery.Outcome.Rejected rejected -> {
                log.warn("core refused payment {} on delivery: {}", payment.id(), rejected.reason());
                yield payments.rejected(payment.id(), rejected.reason()).thenReturn(DONE);
            }
            case PaymentDelivery.Outcome.Unknown unknown -> Mono.just(new Result.TryAgain(unknown.reason()));
        });
    }
}
