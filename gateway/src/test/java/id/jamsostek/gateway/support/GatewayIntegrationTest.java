package id.jamsostek.gateway.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.operator.Role;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port against the local PostgreSQL and a WireMock core that tests script, faults included.
 * Clients wait up to {@link #RESPONSE_TIMEOUT} for an answer: the tests assert what is answered, not how fast, and a
 * full run on two cores with several gateways started has been seen to stall a request past the default 5 s.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = GatewayIntegrationTest.PATIENCE)
public abstract class GatewayIntegrationTest {

    /** How long a test client waits for an answer (an annotation needs the text). */
    public static final String PATIENCE = "PT30S";
    public static final Duration RESPONSE_TIMEOUT = Duration.parse(PATIENCE);

    public static final String TEST_TOKEN_KEYS = GatewayTestProperties.TEST_TOKEN_KEYS;

    /**
     * One WireMock core for the whole test JVM: the Spring context is cached across test classes and keeps the
     * core's URL it started with. Each test scripts it afresh.
     */
    protected static final WireMockServer core = FakeCore.server();

    @Autowired
    protected WebTestClient web;

    @Value("${local.management.port}")
    private int managementPort;

    @Value("${local.internal.port}")
    private int internalPort;

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry, core::baseUrl);
    }

    protected BankClient bank(TestBank bank) {
        return new BankClient(web, bank);
    }

    /** A client of the management port (actuator), where no partner comes. */
    protected WebTestClient management() {
        return client("http://127.0.0.1:" + managementPort);
    }

    /** A client of the internal listener (admin API, console), where no partner comes: nobody signed in. */
    protected WebTestClient internal() {
        return client("http://127.0.0.1:" + internalPort);
    }

    /** A client of the admin API as that operator, with those roles (a bearer token of the test provider). */
    protected WebTestClient admin(String subject, Role... roles) {
        return TestOperators.as(internal(), subject, roles);
    }

    /**
     * A client of any server the test started, with the same patience as {@link #web}. It reads answers of up to
     * 16 MB: the metrics page of a context shared by many test classes outgrows the default 256 KB.
     */
    public static WebTestClient client(String baseUrl) {
        return WebTestClient.bindToServer().baseUrl(baseUrl).responseTimeout(RESPONSE_TIMEOUT)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
    }
}
