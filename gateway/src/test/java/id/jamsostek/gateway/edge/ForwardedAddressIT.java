package id.jamsostek.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.FakeCore;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.TestBank;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Banks' IP allowlists behind a TLS-terminating proxy: the loopback address stands for the proxy, trusted to say
 * which client it forwards; the allowlist judges that client, not the proxy.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
class ForwardedAddressIT {

    private static final WireMockServer core = FakeCore.server();

    @Autowired
    WebTestClient web;

    @DynamicPropertySource
    static void behindAProxy(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry, core::baseUrl,
                Map.of("gateway.tls.trusted-proxies", "127.0.0.1/32,::1/128"));
    }

    private WebTestClient.ResponseSpec token(TestBank bank, String forwardedFor) {
        BankClient client = new BankClient(web.mutate().defaultHeader("X-Forwarded-For", forwardedFor).build(), bank);
        return client.requestToken(client.tokenHeaders(BankClient.now()), "{\"grantType\":\"client_credentials\"}");
    }

    @Test
    void aBankIsAdmittedByTheAddressTheTrustedProxyForwardsNotByTheProxys() {
        token(TestBank.FAR_AWAY, "203.0.113.7").expectStatus().isOk();
        token(TestBank.FAR_AWAY, "198.51.100.1").expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.responseMessage").value(message -> assertThat((String) message)
                        .contains("Client Forbidden Access API"));
        token(TestBank.ALPHA, "198.51.100.1").expectStatus().isUnauthorized();
        token(TestBank.ALPHA, "127.0.0.1").expectStatus().isOk();
    }
}
