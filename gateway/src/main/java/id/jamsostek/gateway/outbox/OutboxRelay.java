package id.jamsostek.gateway.outbox;

import id.jamsostek.adapters.core.CoreServiceSettings;
import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.gateway.core.CoreSettings;
import id.jamsostek.gateway.payment.BankPayment;
import id.jamsostek.gateway.payment.BankPaymentStore;
import id.jamsostek.gateway.payment.PaymentDelivery;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import id.jamsostek.gateway.background.PeriodicTask;
import java.time.Duration;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Drains the outbox on every instance: leases due rows, delivers each to the core, settles it (posted, refused,
 * or another attempt after a growing wait; past the last attempt, a dead letter for an operator).
 */
@Component
public class OutboxRelay extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxStore outbox;
    private final BankPaymentStore payments;
    private final PaymentDelivery delivery;
    private final OutboxSettings settings;
    private final CoreServiceSettings billing;
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + Long.toHexString(ThreadLocalRandom.current().nextLong());

    public OutboxRelay(OutboxStore outbox, BankPaymentStore payments, PaymentDelivery delivery,
            OutboxSettings settings, CoreSettings core) {
        this.outbox = outbox;
        this.payments = payments;
        this.delivery = delivery;
        this.settings = settings;
        this.billing = core.billing();
    }

    @Override
    protected boolean enabled() {
        return settings.relayEnabled();
    }

    @Override
    protected Duration interval() {
        return settings.pollInterval();
    }

    @Override
    protected Mono<Long> round() {
        return drain();
    }

    /** One round: every due row leased now, delivered, settled. Returns how many rows it worked on. */
    public Mono<Long> drain() {
        return outbox.lease(owner, settings.batchSize(), settings.lease())
                .flatMap(this::work, settings.concurrency())
                .count()
                .onErrorResume(error -> {
                    log.warn("outbox round failed, next in {}: {}", settings.pollInterval(), error.toString());
                    return Mono.just(0L);
                });
    }

    private Mono<Void> work(OutboxItem item) {
        if (!BankPaymentStore.OUTBOX_KIND.equals(item.kind())) {
            return outbox.retryLater(item, settings.backoffMax(), 0, "no handler for kind " + item.kind());
        }
        return payments.byId(item.aggregateId())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(found -> found
                        .filter(payment -> payment.state() == BankPayment.State.ACCEPTED)
                        .map(payment -> deliver(item, payment))
                        .orElseGet(() -> outbox.done(item.id())));
    }

    private Mono<Void> deliver(OutboxItem item, BankPayment payment) {
        Deadline deadline = Deadline.in(billing.attemptTimeout().multipliedBy(billing.maxAttempts() + 1L));
        return delivery.attempt(payment, deadline).flatMap(outcome -> switch (outcome) {
            case PaymentDelivery.Outcome.Posted posted -> payments.posted(payment.id(), posted.corePaymentId()).then();
            case PaymentDelivery.Outcome.Rejected rejected -> {
                log.warn("core refused payment {} on delivery: {}", payment.id(), rejected.reason());
                yield payments.rejected(payment.id(), rejected.reason()).then();
            }
            case PaymentDelivery.Outcome.Unknown unknown -> outbox.retryLater(item,
                    settings.backoffAfter(item.attempts()), settings.maxAttempts(), unknown.reason());
        });
    }
}
