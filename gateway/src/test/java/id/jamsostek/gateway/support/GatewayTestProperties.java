package id.jamsostek.gateway.support;

import java.util.Base64;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/** What every gateway test context shares: the test database, test keys, the test banks, random ports. */
public final class GatewayTestProperties {

    public static final String TEST_KEK = "it1:" + Base64.getEncoder()
            .encodeToString("integration-test-kek-32-bytes!!!".getBytes());
    public static final String TEST_TOKEN_KEYS = "it1:" + Base64.getEncoder()
            .encodeToString("integration-test-token-key-32b!!!".getBytes());

    static {
        // every gateway test context runs with BlockHound: a blocking call on an event loop fails the request
        reactor.blockhound.BlockHound.install();
    }

    public static final String ADMIN_TOKEN = "it-admin-token-0123456789";

    private GatewayTestProperties() {}

    public static void register(DynamicPropertyRegistry registry, Supplier<Object> coreBaseUrl) {
        TestDatabase.ensureCreated();
        registry.add("spring.r2dbc.url", TestDatabase::r2dbcUrl);
        registry.add("spring.flyway.url", TestDatabase::jdbcUrl);
        registry.add("gateway.core.billing.base-url", coreBaseUrl);
        registry.add("gateway.core.billing.attempt-timeout", () -> "400ms");
        registry.add("gateway.core.billing.minimum-number-of-calls", () -> "1000");
        registry.add("gateway.core.billing.sliding-window-size", () -> "1000");
        registry.add("gateway.secrets.kek", () -> TEST_KEK);
        registry.add("gateway.secrets.token-keys", () -> TEST_TOKEN_KEYS);
        registry.add("gateway.partners.cache-ttl", () -> "1s");
        registry.add("gateway.outbox.relay-enabled", () -> "false");
        registry.add("gateway.outbox.backoff-base", () -> "1ms");
        registry.add("gateway.outbox.max-attempts", () -> "3");
        registry.add("gateway.payments.fast-path-grace", () -> "0s");
        registry.add("gateway.admin.token", () -> ADMIN_TOKEN);
        registry.add("server.port", () -> "0");
        registry.add("management.server.port", () -> "0");
        TestPartnerFile.register(registry);
    }
}
