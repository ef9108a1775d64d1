package id.jamsostek.gateway.reconciliation;

import id.jamsostek.adapters.core.BillingClient;
import id.jamsostek.adapters.core.CoreRejection;
import id.jamsostek.adapters.core.Deadline;
import id.jamsostek.gateway.outbox.OutboxStore;
import id.jamsostek.gateway.payment.BankPayment;
import id.jamsostek.gateway.payment.BankPaymentStore;
import id.jamsostek.snap.SnapTimestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reconciles one bank's Jakarta day: the bank's report against the payments the gateway accepted that day and the
 * core's postings of them (asked key by key: "was this key posted?"). The breaks that are the gateway's own are
 * re-driven at once through the outbox; the others wait for an operator. If the core cannot be asked, no run is
 * recorded: a break must never be a guess.
 */
@Component
public class Reconciliation {

    private static final Duration CORE_BUDGET = Duration.ofSeconds(10);
    private static final int CORE_CONCURRENCY = 8;

    private final BankPaymentStore payments;
    private final BillingClient billing;
    private final OutboxStore outbox;
    private final ReconciliationStore runs;

    public Reconciliation(BankPaymentStore payments, BillingClient billing, OutboxStore outbox,
            ReconciliationStore runs) {
        this.payments = payments;
        this.billing = billing;
        this.outbox = outbox;
        this.runs = runs;
    }

    public Mono<ReconciliationRun> reconcile(String partnerId, LocalDate day, ReconciliationRun.Source source,
            List<BankLine> bank) {
        OffsetDateTime from = day.atStartOfDay(SnapTimestamp.JAKARTA).toOffsetDateTime();
        return payments.acceptedBetween(partnerId, from, from.plusDays(1)).collectList()
                .flatMap(gateway -> postedAtCore(gateway).flatMap(posted -> {
                    ThreeWayMatch.Result result = ThreeWayMatch.of(bank, gateway, posted);
                    return redriveOurs(result, gateway)
                            .flatMap(redriven -> runs.save(partnerId, day, source, bank.size(), gateway.size(),
                                    result, redriven));
                }))
                .flatMap(runs::find);
    }

    private Mono<Set<String>> postedAtCore(List<BankPayment> gateway) {
        return Flux.fromIterable(gateway)
                .filter(payment -> payment.state() == BankPayment.State.ACCEPTED
                        || payment.state() == BankPayment.State.POSTED)
                .flatMap(payment -> billing.postedUnder(payment.paymentKey(), Deadline.in(CORE_BUDGET))
                        .map(receipt -> payment.paymentKey())
                        .onErrorResume(CoreRejection.class, notPosted -> Mono.empty()), CORE_CONCURRENCY)
                .collect(Collectors.toSet());
    }

    private Mono<Integer> redriveOurs(ThreeWayMatch.Result result, List<BankPayment> gateway) {
        Map<String, BankPayment> byKey = gateway.stream()
                .collect(Collectors.toMap(BankPayment::paymentKey, Function.identity()));
        return Flux.fromIterable(result.breaks())
                .filter(found -> found.cause().ours())
                .concatMap(found -> outbox.redriveNow(BankPaymentStore.OUTBOX_KIND, byKey.get(found.paymentKey()).id()))
                .filter(Boolean::booleanValue)
                .count()
                .map(Long::intValue);
    }
}
