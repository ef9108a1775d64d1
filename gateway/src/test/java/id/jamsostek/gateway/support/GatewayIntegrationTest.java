package id.jamsostek.gateway.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.jamsostek.gateway.GatewayApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port against the local PostgreSQL and a WireMock core that tests script, faults included.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
public abstract class GatewayIntegrationTest {

    public static final String TEST_TOKEN_KEYS = GatewayTestProperties.TEST_TOKEN_KEYS;

    /**
     * One WireMock core for the whole test JVM: the Spring context is cached across test classes and keeps the
     * core's URL it started with. Each test scripts it afresh.
     */
    protected static final WireMockServer core = FakeCore.server();

    @Autowired
    protected WebTestClient web;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry, core::baseUrl);
    }

    protected BankClient bank(TestBank bank) {
        return new BankClient(web, bank);
    }
}
