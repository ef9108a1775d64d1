package id.jamsostek.adapters.core;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Client of the core's billing service (contracts/core/openapi.yaml): open bills, payment orders, payment posting and
 * the "was this key posted?" query. Every call goes through {@link ResilientCall}; posting forwards the
 * idempotency key, so retrying it is safe.
 */
public final class BillingClient {

    public static final String SERVICE = "core-billing";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";

    private final WebClient http;
    private final ResilientCall resilience;
    private final CoreAnswers answers = new CoreAnswers(SERVICE);

    public BillingClient(WebClient http, ResilientCall resilience) {
        this.http = http;
        this.resilience = resilience;
    }

    public Mono<CoreBill> openBill(String customerNo, Deadline deadline) {
        Mono<CoreBill> attempt = http.get()
                .uri(uri -> uri.path("/core/v1/bills/open").queryParam("customerNo", customerNo).build())
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(answers.of(CoreWire.Bill.class, (bill, response) -> CoreWireMapping.bill(bill)));
        return resilience.idempotent(attempt, deadline);
    }

    public Mono<PaymentReceipt> post(PaymentPosting posting, String idempotencyKey, Deadline deadline) {
        Mono<PaymentReceipt> attempt = http.post()
                .uri("/core/v1/payments")
                .header(IDEMPOTENCY_KEY, idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CoreWireMapping.posting(posting))
                .exchangeToMono(answers.of(CoreWire.Receipt.class, BillingClient::receipt));
        return resilience.idempotent(attempt, deadline);
    }

    /**
     * A bill for 1 to 12 months of a non-wage earner paid in advance, which its customer number then shows at a bank;
     * the key is forwarded, so retrying it prepares one order.
     */
    public Mono<CoreBill> paymentOrder(String customerNo, int months, String idempotencyKey, Deadline deadline) {
        Mono<CoreBill> attempt = http.post()
                .uri("/core/v1/payment-orders")
                .header(IDEMPOTENCY_KEY, idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new CoreWire.PaymentOrderCommand(customerNo, months))
                .exchangeToMono(answers.of(CoreWire.Bill.class, (bill, response) -> CoreWireMapping.bill(bill)));
        return resilience.idempotent(attempt, deadline);
    }

    /** The receipt of what was posted under {@code idempotencyKey}; {@link CoreRejection} "payment-not-found" if nothing. */
    public Mono<PaymentReceipt> postedUnder(String idempotencyKey, Deadline deadline) {
        Mono<PaymentReceipt> attempt = http.get()
                .uri("/core/v1/payments/{key}", idempotencyKey)
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(answers.of(CoreWire.Receipt.class, BillingClient::receipt));
        return resilience.idempotent(attempt, deadline);
    }

    private static PaymentReceipt receipt(CoreWire.Receipt wire, ClientResponse response) {
        return CoreWireMapping.receipt(wire, "true".equals(response.headers().asHttpHeaders().getFirst(REPLAYED)));
    }
}
