package id.jamsostek.gateway.payment;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.core.simulator.CoreSimulator;
import id.jamsostek.core.simulator.CoreSimulatorSettings;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.Poll;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.snap.SnapBankRequest;
import id.jamsostek.snap.SnapTimestamp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two gateway instances share one database in front of the stateful core. Fifty identical payments fired at once,
 * spread over both: the core posts once, and each of the fifty hears the recorded answer or 4092500.
 */
class TwoInstancesExactlyOnceIT {

    private static final TestBank BANK = TestBank.ALPHA;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CUSTOMER = "3603011407910007";
    /** A database of its own: the two instances and nothing else. */
    private static final String DATABASE = TestDatabase.NAME + "_two_instances";

    private static CoreSimulator core;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        TestDatabase.fresh(DATABASE);
        core = CoreSimulator.start(CoreSimulatorSettings.defaults());
        first = instance();
        second = instance();
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        core.stop();
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .run(GatewayTestProperties.asArguments(core.baseUrl(), java.util.Map.of(
                        "spring.r2dbc.url", TestDatabase.r2dbcUrl(DATABASE),
                        "spring.flyway.url", TestDatabase.jdbcUrl(DATABASE),
                        "gateway.outbox.relay-enabled", "true", "gateway.outbox.poll-interval", "100ms")));
    }

    @Test
    void fiftyIdenticalPaymentsOverTwoInstancesPostOnce() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String total = openBillTotal(http);
        int postingsBefore = core.ledger().totalPostings();
        String token = token(http, port(first));
        String paymentRequestId = Long.toString(System.nanoTime());
        String externalId = Long.toString(System.nanoTime());
        SnapBankRequest payment = SnapBankRequest.transaction(BANK.credentials(), SnapBankRequest.VA_PAYMENT, token,
                SnapBankRequest.paymentBody(BANK.partnerServiceId(), CUSTOMER, paymentRequestId, total, null, "N"),
                externalId, SnapTimestamp.format(OffsetDateTime.now(SnapTimestamp.JAKARTA)));

        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int port = port(i % 2 == 0 ? first : second);
            answers.add(http.sendAsync(payment.toHttpRequest("http://127.0.0.1:" + port, Duration.ofSeconds(60)),
                    HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        int recorded = 0;
        for (CompletableFuture<HttpResponse<String>> future : answers) {
            HttpResponse<String> answer = future.get();
            JsonNode json = JSON.readTree(answer.body());
            String code = json.get("responseCode").asString();
            assertThat(code).as(answer.body()).isIn("2002500", "4092500");
            if (code.equals("2002500")) {
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(json.at("/virtualAccountData/paymentFlagStatus").asString()).isEqualTo("00");
                recorded++;
            } else {
                assertThat(answer.statusCode()).isEqualTo(409);
            }
        }
        assertThat(recorded).isPositive();
        String key = PaymentKeys.of(BANK.id(), BANK.partnerServiceId() + CUSTOMER, paymentRequestId);
        // accepted answers may have left the posting to the relays of either instance: wait for it, with a deadline
        Poll.until(Duration.ofSeconds(30), () -> core.ledger().postingsForKey(key) > 0);
        assertThat(core.ledger().postingsForKey(key)).isEqualTo(1);
        assertThat(core.ledger().totalPostings()).isEqualTo(postingsBefore + 1);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static String openBillTotal(HttpClient http) throws Exception {
        HttpResponse<String> bill = http.send(HttpRequest.newBuilder(
                URI.create(core.baseUrl() + "/core/v1/bills/open?customerNo=" + CUSTOMER)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(bill.body()).get("totalAmount").asString();
    }

    private static String token(HttpClient http, int port) throws Exception {
        SnapBankRequest token = SnapBankRequest.accessToken(BANK.credentials(),
                SnapTimestamp.format(OffsetDateTime.now(SnapTimestamp.JAKARTA)));
        HttpResponse<String> answer = http.send(token.toHttpRequest("http://127.0.0.1:" + port,
                Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).get("accessToken").asString();
    }
}
