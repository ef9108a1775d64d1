package id.jamsostek.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.jamsostek.gateway.support.TestOperators;
import id.jamsostek.gateway.operator.Role;
import id.jamsostek.adapters.bank.PaymentFlag;
import id.jamsostek.contracts.Money;
import id.jamsostek.gateway.batch.BatchKind;
import id.jamsostek.gateway.batch.BatchStore;
import id.jamsostek.gateway.payment.BankPayment;
import id.jamsostek.gateway.payment.BankPaymentStore;
import id.jamsostek.gateway.payment.NewPayment;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The operators' figures, sampled by hand (as the relay is drained by hand), as Prometheus shows them on the
 * management port and as the admin API answers them. Other tests leave rows in the shared database: figures of the
 * whole cluster are asserted as what this test added to a sample taken before it.
 */
class OperationsFiguresIT extends GatewayIntegrationTest {

    private static final String KIND = "IT_OPERATIONS";
    private static final Duration SAMPLE = Duration.ofSeconds(10);

    @Autowired
    OperationsSampler sampler;

    @Autowired
    BankPaymentStore payments;

    @Autowired
    BatchStore batches;

    @Autowired
    CircuitBreakerRegistry breakers;


    private final List<UUID> paymentsMade = new ArrayList<>();
    private final List<UUID> batchesMade = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestMade() {
        TestDatabase.execute("delete from outbox where kind = '" + KIND + "'");
        for (UUID payment : paymentsMade) {
            TestDatabase.execute("delete from payment_exception where payment_id = '" + payment + "'; "
                    + "delete from outbox where aggregate_id = '" + payment + "'; "
                    + "delete from bank_payment where id = '" + payment + "'");
        }
        for (UUID batch : batchesMade) {
            TestDatabase.execute("delete from outbox where aggregate_id in (select id from batch_row where batch_id = '"
                    + batch + "'); delete from batch where id = '" + batch + "'");
        }
    }

    @Test
    void showsPendingRowsTheirOldestAgeAndDeadLettersPerOutboxKind() {
        insertOutboxRow("PENDING", "90 seconds");
        insertOutboxRow("PENDING", "1 second");
        insertOutboxRow("PENDING", "0 seconds");
        insertOutboxRow("DEAD", "2 hours");
        insertOutboxRow("DEAD", "1 hour");

        OperationsSnapshot sampled = sampler.sample().block(SAMPLE);

        assertThat(sampled.outbox().get(KIND).pending()).isEqualTo(3);
        assertThat(sampled.outbox().get(KIND).dead()).isEqualTo(2);
        assertThat(sampled.outbox().get(KIND).oldestPendingAgeSeconds()).isBetween(90.0, 90.0 + 600);
        String scrape = scrape();
        String ours = "{kind=\"" + KIND + "\"}";
        assertThat(gauge(scrape, "gateway_cluster_outbox_pending" + ours)).isEqualTo(3.0);
        assertThat(gauge(scrape, "gateway_cluster_outbox_dead" + ours)).isEqualTo(2.0);
        assertThat(gauge(scrape, "gateway_cluster_outbox_oldest_pending_age_seconds" + ours))
                .isEqualTo(sampled.outbox().get(KIND).oldestPendingAgeSeconds(), within(0.001));
        assertThat(scrape).as("a kind this instance delivers is shown even with nothing open")
                .contains("gateway_cluster_outbox_dead{kind=\"" + BankPaymentStore.OUTBOX_KIND + "\"}");
        assertThat(scrape).contains("# HELP gateway_cluster_outbox_pending ")
                .contains("take max(), not sum()");
        assertThat(gauge(scrape, "gateway_operations_sample_age_seconds")).isBetween(0.0, 60.0);

        JsonNode document = operations();
        assertThat(document.at("/cluster/outbox/" + KIND + "/pending").asLong()).isEqualTo(3);
        assertThat(document.at("/cluster/outbox/" + KIND + "/dead").asLong()).isEqualTo(2);
        assertThat(document.at("/cluster/outbox/" + KIND + "/oldestPendingAgeSeconds").asDouble())
                .isBetween(90.0, 90.0 + 600);
        assertThat(document.at("/cluster/sampledAt").asString()).isNotBlank();

        TestDatabase.execute("update outbox set state = 'DONE', done_at = now() where kind = '" + KIND + "'");
        sampler.sample().block(SAMPLE);
        String emptied = scrape();
        assertThat(gauge(emptied, "gateway_cluster_outbox_pending" + ours)).as("a kind emptied shows 0").isZero();
        assertThat(gauge(emptied, "gateway_cluster_outbox_dead" + ours)).isZero();
        assertThat(gauge(emptied, "gateway_cluster_outbox_oldest_pending_age_seconds" + ours)).isZero();
    }

    @Test
    void showsOpenExceptionsWithTheirTotalAndPaymentsWhoseOutcomeIsUnknownWithTheOldestAge() {
        OperationsSnapshot before = sampler.sample().block(SAMPLE);
        BankPayment unknown = acceptPayment("125000.00");
        TestDatabase.execute("update bank_payment set accepted_at = now() - interval '3 hours' where id = '"
                + unknown.id() + "'");
        BankPayment refused = acceptPayment("2007789.00");
        payments.promised(refused.id(), PaymentFlag.SUCCESS, null, Duration.ZERO).block(SAMPLE);
        assertThat(payments.rejected(refused.id(), "bill-already-paid").block(SAMPLE).state())
                .isEqualTo(BankPayment.State.REFUND_DUE);

        OperationsSnapshot after = sampler.sample().block(SAMPLE);

        assertThat(after.unknownOutcomes().payments()).isEqualTo(before.unknownOutcomes().payments() + 1);
        assertThat(after.unknownOutcomes().oldestAgeSeconds()).isGreaterThanOrEqualTo(3 * 3600.0);
        assertThat(after.paymentExceptions().count()).isEqualTo(before.paymentExceptions().count() + 1);
        BigDecimal refund = new BigDecimal(after.paymentExceptions().amount())
                .subtract(new BigDecimal(before.paymentExceptions().amount()));
        assertThat(refund).isEqualByComparingTo("2007789.00");

        String scrape = scrape();
        assertThat(gauge(scrape, "gateway_cluster_payments_unknown_outcome"))
                .isEqualTo((double) after.unknownOutcomes().payments());
        assertThat(gauge(scrape, "gateway_cluster_payments_unknown_outcome_oldest_age_seconds"))
                .isGreaterThanOrEqualTo(3 * 3600.0)
                .isEqualTo(after.unknownOutcomes().oldestAgeSeconds(), within(0.001));
        assertThat(gauge(scrape, "gateway_cluster_payment_exceptions_open"))
                .isEqualTo((double) after.paymentExceptions().count());
        assertThat(gauge(scrape, "gateway_cluster_payment_exceptions_open_amount_rupiah"))
                .isEqualTo(Double.parseDouble(after.paymentExceptions().amount()), within(0.005));

        JsonNode document = operations();
        assertThat(document.at("/cluster/unknownOutcomes/payments").asLong())
                .isEqualTo(after.unknownOutcomes().payments());
        assertThat(document.at("/cluster/unknownOutcomes/oldestAgeSeconds").asDouble())
                .isGreaterThanOrEqualTo(3 * 3600.0);
        assertThat(document.at("/cluster/paymentExceptions/count").asLong())
                .isEqualTo(after.paymentExceptions().count());
        assertThat(document.at("/cluster/paymentExceptions/amount").asString())
                .as("money is a decimal string").isEqualTo(after.paymentExceptions().amount());
    }

    @Test
    void showsBatchRowsNotYetSettledPerBatchKind() {
        long before = sampler.sample().block(SAMPLE).batchRowsPending().get(BatchKind.EMPLOYEE_REGISTRATION.name());
        UUID batch = batches.create(BatchKind.EMPLOYEE_REGISTRATION, TestBank.ALPHA.id(), "19012345/000", List.of(
                        new BatchStore.NewRow(0, "{}", null),
                        new BatchStore.NewRow(1, "{}", "{\"type\":\"rejected-at-once\"}"),
                        new BatchStore.NewRow(2, "{}", null)))
                .block(SAMPLE);
        batchesMade.add(batch);

        OperationsSnapshot after = sampler.sample().block(SAMPLE);

        long pending = after.batchRowsPending().get(BatchKind.EMPLOYEE_REGISTRATION.name());
        assertThat(pending).as("the row rejected at once is settled").isEqualTo(before + 2);
        assertThat(gauge(scrape(), "gateway_cluster_batch_rows_pending{kind=\"EMPLOYEE_REGISTRATION\"}"))
                .isEqualTo((double) pending);
        assertThat(operations().at("/cluster/batchRowsPending/EMPLOYEE_REGISTRATION").asLong()).isEqualTo(pending);

        TestDatabase.execute("update batch_row set outcome = 'CREATED', kpj = '23000000001' where batch_id = '"
                + batch + "' and row_index = 0");
        assertThat(sampler.sample().block(SAMPLE).batchRowsPending().get(BatchKind.EMPLOYEE_REGISTRATION.name()))
                .isEqualTo(before + 1);
    }

    @Test
    void showsEachCoreBreakersStateOnPrometheusAndTheAdminApi() {
        List<String> names = List.of("core-billing", "core-employer", "core-enrollment");
        assertThat(breakers.getAllCircuitBreakers()).extracting(breaker -> breaker.getName())
                .containsAll(names);
        var enrollment = breakers.circuitBreaker("core-enrollment");
        enrollment.transitionToOpenState();
        try {
            String scrape = scrape();
            assertThat(gauge(scrape, "resilience4j_circuitbreaker_state{name=\"core-enrollment\",state=\"open\"}"))
                    .isEqualTo(1.0);
            assertThat(gauge(scrape, "resilience4j_circuitbreaker_state{name=\"core-enrollment\",state=\"closed\"}"))
                    .isZero();
            for (String closed : List.of("core-billing", "core-employer")) {
                assertThat(gauge(scrape, "resilience4j_circuitbreaker_state{name=\"" + closed + "\",state=\"closed\"}"))
                        .isEqualTo(1.0);
                assertThat(gauge(scrape, "resilience4j_circuitbreaker_state{name=\"" + closed + "\",state=\"open\"}"))
                        .isZero();
            }

            JsonNode document = operations();
            assertThat(document.at("/breakers/core-enrollment").asString()).isEqualTo("OPEN");
            assertThat(document.at("/breakers/core-billing").asString()).isEqualTo("CLOSED");
            assertThat(document.at("/breakers/core-employer").asString()).isEqualTo("CLOSED");
        } finally {
            enrollment.transitionToClosedState();
        }
    }

    @Test
    void theOperationsDocumentWantsAnOperatorsToken() {
        internal().get().uri("/admin/v1/operations").exchange().expectStatus().isUnauthorized();
        internal().get().uri("/admin/v1/operations").header("Authorization", "Bearer wrong").exchange()
                .expectStatus().isUnauthorized();
        internal().get().uri("/admin/v1/operations").header("Authorization", TestOperators.token("viewer1",
                Role.VIEWER)).exchange().expectStatus().isUnauthorized(); // no "Bearer"
        internal().get().uri("/admin/v1/operations").header("Authorization", "Bearer " + TestOperators.token(
                "nobody", new Role[0])).exchange().expectStatus().isForbidden(); // no role
    }

    private static void insertOutboxRow(String state, String age) {
        TestDatabase.execute("insert into outbox (kind, aggregate_id, state, next_attempt_at, created_at) values ('"
                + KIND + "', '" + UUID.randomUUID() + "', '" + state + "', now() + interval '1 hour', "
                + "now() - interval '" + age + "')");
    }

    private BankPayment acceptPayment(String amount) {
        String customer = Long.toString(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        TestBank bank = TestBank.ALPHA;
        BankPayment payment = payments.accept(new NewPayment("it-operations-" + UUID.randomUUID(), bank.id(),
                        bank.companyCode(), customer, bank.partnerServiceId() + customer, BankClient.newExternalId(),
                        Money.parse(amount)), Duration.ofHours(1))
                .block(SAMPLE);
        paymentsMade.add(payment.id());
        return payment;
    }

    private JsonNode operations() {
        byte[] body = admin("viewer1", Role.VIEWER).get().uri("/admin/v1/operations").exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent();
        return BankClient.json(body);
    }

    private String scrape() {
        // the whole test JVM's meters: past WebClient's default 256 KB once many tests have run
        return management().mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 << 20)).build()
                .get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    /** The value of one series, given by its name and exact labels as Prometheus writes them. */
    private static double gauge(String scrape, String series) {
        Matcher value = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        assertThat(value.find()).as("series %s in the scrape", series).isTrue();
        return Double.parseDouble(value.group(1));
    }
}
