package id.jamsostek.gateway.edge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.FakeCore;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.Poll;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * OWASP API4 over real sockets: clients that send slowly, or send what nobody authenticated, cost a partner nothing
 * of its answer, and the server closes their connections itself within the read deadlines.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
class SlowClientsIT {

    private static final Duration HEADER_DEADLINE = Duration.ofSeconds(1);
    private static final Duration BODY_DEADLINE = Duration.ofSeconds(8);
    private static final Duration IDLE = Duration.ofSeconds(2);
    /** Time a loaded two-core machine may add before a closed connection is seen closed. */
    private static final Duration SLACK = Duration.ofSeconds(3);
    private static final String AMOUNT = "739200.00";

    private static final WireMockServer core = FakeCore.server();

    @Autowired
    WebTestClient web;

    @Autowired
    MeterRegistry meters;

    @Value("${local.server.port}")
    int port;

    private final List<RawConnection> connections = new ArrayList<>();

    @DynamicPropertySource
    static void shortDeadlines(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry, core::baseUrl, Map.of(
                "gateway.edge.read-deadlines.headers", HEADER_DEADLINE.toMillis() + "ms",
                "gateway.edge.read-deadlines.body", BODY_DEADLINE.toMillis() + "ms",
                "gateway.edge.read-deadlines.body-read-gap", "8s",
                "gateway.edge.read-deadlines.linger", "500ms",
                "server.netty.idle-timeout", IDLE.toMillis() + "ms"));
    }

    @AfterEach
    void hangUp() {
        connections.forEach(RawConnection::close);
    }

    private RawConnection connect() {
        RawConnection connection = RawConnection.to(port);
        connections.add(connection);
        return connection;
    }

    private static String paymentHead(TestBank bank, String token, int contentLength) {
        return "POST " + bank.pathPrefix() + "/v1.0/transfer-va/payment HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + contentLength + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "X-TIMESTAMP: " + BankClient.now() + "\r\n"
                + "X-SIGNATURE: c2lnbmVkIGxhdGVy\r\n"
                + "X-PARTNER-ID: " + bank.companyCode() + "\r\n"
                + "X-EXTERNAL-ID: " + BankClient.newExternalId() + "\r\n"
                + "CHANNEL-ID: " + bank.channelId() + "\r\n"
                + "\r\n"
                + "{\"partnerServiceId\":";
    }

    /** A payment of a fresh unpaid bill by ALPHA, signed correctly: its answer and how long it took. */
    private Duration timedAlphaPayment() {
        String customer = Long.toString(ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
        String billId = "BILL-SLOW-" + customer;
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open")).withQueryParam("customerNo", equalTo(customer))
                .willReturn(okJson(CoreFixtures.bill(customer, billId, "UNPAID"))));
        core.stubFor(post(urlPathEqualTo("/core/v1/payments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(CoreFixtures.receipt(customer, billId, AMOUNT))));
        BankClient alpha = new BankClient(web, TestBank.ALPHA);
        String token = alpha.token();
        long start = System.nanoTime();
        byte[] answer = alpha.payment(alpha.paymentBody(customer, BankClient.newExternalId(), AMOUNT, "N"), token,
                        transaction -> {})
                .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        JsonNode json = BankClient.json(answer);
        assertThat(json.get("responseCode").asString()).isEqualTo("2002500");
        return took;
    }

    @Test
    void aSignedPaymentIsAnsweredAtOnceWhileTwoHundredStrangersTricklePaymentBodies() {
        timedAlphaPayment();
        for (int i = 0; i < 200; i++) {
            connect().send(paymentHead(TestBank.ALPHA, "forged." + i + ".token", 32_000));
        }
        for (RawConnection stranger : connections) {
            assertThat(stranger.statusLine()).startsWith("HTTP/1.1 401");
            stranger.trickle("\"   77701\",");
        }

        assertThat(timedAlphaPayment()).isLessThan(Duration.ofSeconds(1));

        for (RawConnection stranger : connections) {
            assertThat(stranger.closedByServerWithin(BODY_DEADLINE.plus(SLACK))).isTrue();
        }
    }

    @Test
    void aBankThatTricklesItsBodiesSpendsOnlyItsOwnShareAndLosesThoseConnectionsAtTheBodyDeadline() {
        BankClient beta = new BankClient(web, TestBank.BETA);
        String betaToken = beta.token();
        List<RawConnection> trickling = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            RawConnection connection = connect();
            connection.send(paymentHead(TestBank.BETA, betaToken, 32_000));
            trickling.add(connection);
        }
        assertThat(Poll.until(GatewayIntegrationTest.RESPONSE_TIMEOUT, () -> meters.find("gateway.admission.in.flight")
                .tag("route", "snap-va-payment").gauge().value() >= 64)).as("BETA's 64 payments in flight").isTrue();
        long paymentsBefore = TestDatabase.count("select count(*) from bank_payment");

        RawConnection overItsShare = connect();
        overItsShare.send(paymentHead(TestBank.BETA, betaToken, 32_000));
        assertThat(overItsShare.statusLine()).startsWith("HTTP/1.1 429");
        assertThat(timedAlphaPayment()).isLessThan(Duration.ofSeconds(1));

        for (RawConnection connection : trickling) {
            assertThat(connection.closedByServerWithin(BODY_DEADLINE.plus(SLACK))).isTrue();
        }
        assertThat(TestDatabase.count("select count(*) from bank_payment")).isEqualTo(paymentsBefore + 1);
    }

    @Test
    void aConnectionThatTricklesItsHeadersIsClosedAtTheHeaderDeadline() {
        RawConnection slowHeaders = connect();
        slowHeaders.send("POST " + TestBank.ALPHA.pathPrefix() + "/v1.0/transfer-va/payment HTTP/1.1\r\nHost: 1");
        RawConnection silent = connect();

        assertThat(slowHeaders.closedByServerWithin(HEADER_DEADLINE.plus(SLACK))).isTrue();
        assertThat(silent.closedByServerWithin(HEADER_DEADLINE.plus(SLACK))).isTrue();
    }

    @Test
    void headersOverTheServersLimitAreRefusedWith431AndTheConnectionClosed() {
        RawConnection oversized = connect();
        oversized.send("GET /village/v1/coverage HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "a".repeat(20_000)
                + "\r\n\r\n");

        assertThat(oversized.statusLine()).startsWith("HTTP/1.1 431");
        assertThat(oversized.closedByServerWithin(SLACK)).isTrue();
    }

    @Test
    void anIdleKeepAliveConnectionIsClosedAfterTheIdleTimeout() {
        RawConnection keptAlive = connect();
        keptAlive.send("GET /village/v1/coverage HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertThat(keptAlive.statusLine()).startsWith("HTTP/1.1 401");

        assertThat(keptAlive.closedByServerWithin(IDLE.plus(SLACK))).isTrue();
    }

    @Test
    void anUnauthenticatedTwoMegabytePutIsRefusedWithoutItsBodyBeingRead() {
        RawConnection stranger = connect();
        long start = System.nanoTime();
        stranger.send("PUT /employer/v1/employers/19012345/divisions/000/wage-reports/2026-11 HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2097152\r\n\r\n"
                + "{\"employees\":[" + "9".repeat(4_000));

        assertThat(stranger.statusLine()).startsWith("HTTP/1.1 401");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(stranger.closedByServerWithin(SLACK)).isTrue();
    }
}
