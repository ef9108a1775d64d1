package id.jamsostek.gateway.console;

import id.jamsostek.gateway.batch.BatchStore;
import id.jamsostek.gateway.operations.OperationsDocument;
import id.jamsostek.gateway.operations.OperationsSampler;
import id.jamsostek.gateway.outbox.OutboxStore;
import id.jamsostek.gateway.payment.BankPayment;
import id.jamsostek.gateway.payment.BankPaymentStore;
import id.jamsostek.gateway.payment.PaymentExceptionStore;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.ratelimit.RateLimits;
import id.jamsostek.gateway.reconciliation.ReconciliationStore;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The operations page: outbox depth and dead letters (re-drive), unknown outcomes and their age, payment exceptions
 * (close with a reason), reconciliation runs (ReconciliationPages), batches and their progress, breaker states and
 * rate-limit refusals. It acts through the same stores as the admin API.
 */
@Component
class OperationsPage {

    static final String PATH = ConsoleRoutes.PATH + "/operations";
    private static final int PAGE = 100;
    private static final int RECENT = 20;

    private final OperationsSampler operations;
    private final CircuitBreakerRegistry breakers;
    private final OutboxStore outbox;
    private final BankPaymentStore payments;
    private final PaymentExceptionStore exceptions;
    private final BatchStore batches;
    private final ReconciliationStore runs;
    private final MeterRegistry meters;

    OperationsPage(OperationsSampler operations, CircuitBreakerRegistry breakers, OutboxStore outbox,
            BankPaymentStore payments, PaymentExceptionStore exceptions, BatchStore batches,
            ReconciliationStore runs, MeterRegistry meters) {
        this.operations = operations;
        this.breakers = breakers;
        this.outbox = outbox;
        this.payments = payments;
        this.exceptions = exceptions;
        this.batches = batches;
        this.runs = runs;
        this.meters = meters;
    }

    /** A payment whose outcome is unknown, with how long it has been so. */
    record UnknownOutcome(String partnerId, String paymentRequestId, String amount, Instant acceptedAt,
            long ageSeconds) {

        static UnknownOutcome of(BankPayment payment, Instant now) {
            return new UnknownOutcome(payment.partnerId(), payment.paymentRequestId(), payment.amount().toWire(),
                    payment.acceptedAt(), Duration.between(payment.acceptedAt(), now).toSeconds());
        }
    }

    Mono<ServerResponse> show(ServerRequest request) {
        Instant now = Instant.now();
        return Mono.zip(operations.sample().map(snapshot -> OperationsDocument.of(snapshot, breakers)),
                        outbox.deadLetters(PAGE).collectList(),
                        payments.unknownOutcomes(PAGE).map(payment -> UnknownOutcome.of(payment, now)).collectList(),
                        exceptions.list("OPEN", PAGE).collectList(),
                        runs.recent(RECENT).collectList(),
                        batches.recent(RECENT).collectList())
                .flatMap(read -> {
                    Map<String, Object> model = new LinkedHashMap<>();
                    model.put("figures", read.getT1());
                    model.put("pageSize", PAGE);
                    model.put("deadLetters", read.getT2());
                    model.put("unknownOutcomes", read.getT3());
                    model.put("exceptions", read.getT4());
                    model.put("runs", read.getT5());
                    model.put("batches", read.getT6());
                    model.put("refusals", refusals());
                    model.put("done", request.queryParam("done").orElse(null));
                    return ConsoleResponses.page(request, "console/operations", model);
                });
    }

    Mono<ServerResponse> redrive(ServerRequest request) {
        return ConsoleResponses.acting(request, ConsoleAction.REDRIVE, () -> outbox.redrive(id(request))
                .flatMap(done -> done ? ConsoleResponses.seeOther(PATH + "?done=redriven#dead-letters")
                        : Mono.error(new GatewayException(Problem.NOT_FOUND))));
    }

    Mono<ServerResponse> closeException(ServerRequest request) {
        return ConsoleResponses.acting(request, ConsoleAction.CLOSE_EXCEPTION, () -> ConsoleForms.reason(request)
                .flatMap(reason -> exceptions.close(id(request), ConsoleAccess.operator(request).subject(), reason))
                .flatMap(done -> done ? ConsoleResponses.seeOther(PATH + "?done=closed#exceptions")
                        : Mono.error(new GatewayException(Problem.NOT_FOUND))));
    }

    /** Requests refused over a rate or for want of capacity on this instance since it started, per route. */
    private Map<String, Long> refusals() {
        Map<String, Long> refused = new TreeMap<>();
        for (String name : new String[] {RateLimits.REFUSED, "gateway.admission.refused"}) {
            for (Counter counter : meters.find(name).counters()) {
                refused.merge(counter.getId().getTag("route"), (long) counter.count(), Long::sum);
            }
        }
        return refused;
    }

    static long id(ServerRequest request) {
        try {
            return Long.parseLong(request.pathVariable("id"));
        } catch (NumberFormatException e) {
            throw new GatewayException(Problem.NOT_FOUND);
        }
    }
}
