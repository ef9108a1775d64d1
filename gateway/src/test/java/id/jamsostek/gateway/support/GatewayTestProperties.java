package id.jamsostek.gateway.support;

import id.jamsostek.adapters.bankapi.FakeBank;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
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
        // Jackson builds a type's deserializer once, under a lock: a first-use race, not a blocking call per request
        reactor.blockhound.BlockHound.builder()
                .allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache",
                        "_createAndCacheValueDeserializer")
                .install();
    }

    /** The gateway's OAuth2 signing key for the test run (made fresh: the demo key is refused outside demo). */
    public static final java.security.KeyPair OAUTH_KEY_PAIR = rsaKeyPair();
    public static final String TEST_OAUTH_SIGNING_KEYS = "it1:"
            + Base64.getEncoder().encodeToString(OAUTH_KEY_PAIR.getPrivate().getEncoded());

    /** The message log's anchor key and archive keys of the test run (the demo ones are refused outside demo). */
    public static final java.security.KeyPair MESSAGE_LOG_KEY_PAIR = rsaKeyPair();
    public static final String TEST_MESSAGE_LOG_KEY = Base64.getEncoder()
            .encodeToString(MESSAGE_LOG_KEY_PAIR.getPrivate().getEncoded());
    public static final String TEST_ARCHIVE_KEYS = "it1:" + Base64.getEncoder()
            .encodeToString("integration-test-archive-key-32b".getBytes());

    /** Where every test context of this JVM appends its message log anchors (the record outside the database). */
    public static final java.nio.file.Path ANCHOR_FILE = java.nio.file.Path.of("target", "message-log-anchors",
            java.util.UUID.randomUUID() + ".jsonl").toAbsolutePath();

    private static java.security.KeyPair rsaKeyPair() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private GatewayTestProperties() {}

    public static void register(DynamicPropertyRegistry registry, Supplier<Object> coreBaseUrl) {
        register(registry, coreBaseUrl, Map.of());
    }

    /** The settings with some replaced, for a test about them (a property registered twice is not overridden). */
    public static void register(DynamicPropertyRegistry registry, Supplier<Object> coreBaseUrl,
            Map<String, String> overrides) {
        Map<String, Supplier<Object>> properties = properties(coreBaseUrl);
        overrides.forEach((name, value) -> properties.put(name, () -> value));
        properties.forEach(registry::add);
    }

    /**
     * The same settings as command-line arguments, for an application started by hand (a second instance, a
     * drill): arguments win over application.yml, where default properties would lose.
     */
    public static String[] asArguments(String coreBaseUrl, Map<String, Object> overrides) {
        Map<String, Object> values = new LinkedHashMap<>();
        properties(() -> coreBaseUrl).forEach((name, value) -> values.put(name, value.get()));
        values.putAll(overrides);
        return values.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
    }

    private static final String RUN = java.util.UUID.randomUUID().toString();

    private static Map<String, Supplier<Object>> properties(Supplier<Object> coreBaseUrl) {
        TestDatabase.ensureCreated();
        Map<String, Supplier<Object>> properties = new LinkedHashMap<>();
        properties.put("spring.r2dbc.url", TestDatabase::r2dbcUrl);
        properties.put("spring.flyway.url", TestDatabase::jdbcUrl);
        // several gateway contexts live in one test JVM: keep them well inside PostgreSQL's 100 connections
        properties.put("spring.r2dbc.pool.initial-size", () -> "2");
        properties.put("spring.r2dbc.pool.max-size", () -> "10");
        // the test partners serve the made-up villages the tests have always used (reference/regions/SOURCE.md)
        properties.put("gateway.regions.allow-synthetic-villages", () -> "true");
        properties.put("gateway.core.billing.base-url", coreBaseUrl);
        properties.put("gateway.core.enrollment.base-url", coreBaseUrl);
        properties.put("gateway.core.enrollment.attempt-timeout", () -> "1s");
        // tests inject core failures on purpose: the breakers must not carry them over into the next test
        properties.put("gateway.core.enrollment.minimum-number-of-calls", () -> "1000");
        properties.put("gateway.core.enrollment.sliding-window-size", () -> "1000");
        properties.put("gateway.core.employer.base-url", coreBaseUrl);
        properties.put("gateway.core.employer.attempt-timeout", () -> "1s");
        properties.put("gateway.core.employer.minimum-number-of-calls", () -> "1000");
        properties.put("gateway.core.employer.sliding-window-size", () -> "1000");
        properties.put("gateway.core.billing.attempt-timeout", () -> "1s");
        properties.put("gateway.core.billing.minimum-number-of-calls", () -> "1000");
        properties.put("gateway.core.billing.sliding-window-size", () -> "1000");
        properties.put("spring.data.redis.host", () -> TestRedis.HOST);
        properties.put("spring.data.redis.port", () -> Integer.toString(TestRedis.PORT));
        // a slow hash is what production wants, not hundreds of token requests on two cores: SecretHashTest times it
        properties.put("gateway.partners.secret-hash-iterations", () -> "1000");
        // rates are not what most tests are about: limits far above what any of them sends, keys of this run only
        properties.put("gateway.rate-limits.key-prefix", () -> "it-" + RUN);
        // a loaded two-core test machine can answer Redis slower than production's 100 ms budget, and batch routes
        // refuse when Redis does not answer: the tests are about decisions, not Redis's latency
        properties.put("gateway.rate-limits.redis-timeout", () -> "2s");
        for (String policy : new String[] {"snap-payment", "snap-inquiry", "partner-write", "partner-read",
                "partner-batch", "oauth-token-address", "oauth-token-client"}) {
            properties.put("gateway.rate-limits.policies." + policy + ".burst", () -> "100000");
            properties.put("gateway.rate-limits.policies." + policy + ".per-second", () -> "100000");
        }
        // tests ask banks about pending payments themselves (BankVerdicts.settle()), at once
        properties.put("gateway.payments.bank-verdicts.enabled", () -> "false");
        properties.put("gateway.payments.bank-verdicts.after", () -> "0s");
        properties.put("gateway.payments.bank-verdicts.ask-again-after", () -> "1h");
        properties.put("gateway.secrets.kek", () -> TEST_KEK);
        properties.put("gateway.secrets.token-keys", () -> TEST_TOKEN_KEYS);
        properties.put("gateway.secrets.oauth-signing-keys", () -> TEST_OAUTH_SIGNING_KEYS);
        // our key toward the banks: the fake bank holds its public half
        properties.put("gateway.secrets.snap-private-key", () -> Base64.getEncoder()
                .encodeToString(FakeBank.OUR_KEYS.getPrivate().getEncoded()));
        properties.put("gateway.secrets.message-log-key", () -> TEST_MESSAGE_LOG_KEY);
        properties.put("gateway.secrets.archive-keys", () -> TEST_ARCHIVE_KEYS);
        properties.put("gateway.message-log.anchor-file", ANCHOR_FILE::toString);
        properties.put("gateway.partners.cache-ttl", () -> "1s");
        // the fake banks (WireMock) answer plain http
        properties.put("gateway.partners.plain-http-outbound", () -> "true");
        properties.put("gateway.outbox.relay-enabled", () -> "false");
        properties.put("gateway.outbox.backoff-base", () -> "1ms");
        properties.put("gateway.outbox.max-attempts", () -> "3");
        properties.put("gateway.payments.fast-path-grace", () -> "0s");
        properties.put("gateway.operations.sampler-enabled", () -> "false");
        // every core outage answer logged: tests look for the line of their own request
        properties.put("gateway.problems.outage-log-interval", () -> "0s");
        // health tests switch the core's answers: they see the change within this
        properties.put("gateway.core-probe.interval", () -> "300ms");
        properties.put("server.port", () -> "0");
        // plain HTTP: TLS and mutual TLS have their own test (tls.TlsIT)
        properties.put("server.ssl.enabled", () -> "false");
        properties.put("management.server.port", () -> "0");
        properties.putAll(TestPartnerFile.properties());
        properties.putAll(TestOperators.properties());
        return properties;
    }
}
