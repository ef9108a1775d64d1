package id.jamsostek.gateway.partner.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.secrets.DemoCredentials;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.snap.PemKeys;
import id.jamsostek.snap.SnapBankRequest;
import id.jamsostek.snap.SnapTimestamp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/**
 * The public demo credentials work under the demo profile and stop the gateway anywhere else: a partner file that
 * breaks the rules ends the process (exit code 1, the reason in the log); missing or demo keys stop the start.
 */
class DemoProfileIT {

    private static final String DATABASE = TestDatabase.NAME + "_demo";

    @Test
    void demoBankGetsATokenUnderTheDemoProfileAndTheGatewayEndsWithItOutside() throws Exception {
        String database = TestDatabase.fresh(DATABASE);
        try (ConfigurableApplicationContext demo = start(database, true, Map.of())) {
            int port = Integer.parseInt(demo.getEnvironment().getProperty("local.server.port"));
            assertThat(demoToken(port).statusCode()).isEqualTo(200);
        }

        Path output = Files.createTempFile("demo-profile-gateway", ".log");
        Process outside = startProcess(arguments(database, false, Map.of()), output);

        assertThat(outside.waitFor(3, TimeUnit.MINUTES)).as("the process ended").isTrue();
        String log = Files.readString(output);
        assertThat(outside.exitValue()).as(log).isEqualTo(1);
        assertThat(log).contains("stopping: the partner file was refused")
                .contains("allowed only under the 'demo' profile");
    }

    @Test
    void refusesABankRegisteredWithTheDemoKeyUnderAnyIdOutsideTheDemoProfile() throws Exception {
        String pem = new String(DemoProfileIT.class.getResourceAsStream("/demo-bank-private-key.pem").readAllBytes(),
                StandardCharsets.UTF_8);
        RSAPrivateCrtKey demoKey = (RSAPrivateCrtKey) PemKeys.rsaPrivateKey(pem.substring(pem.indexOf("-----BEGIN")));
        String publicPem = PemKeys.toPem(KeyFactory.getInstance("RSA").generatePublic(
                new RSAPublicKeySpec(demoKey.getModulus(), BigInteger.valueOf(65537))));
        String file = """
                banks:
                  - id: prod-bank
                    name: Looks real
                    clientKey: PROD-BANK
                    publicKeyPem: |
                %s
                    clientSecretEnv: PROD_BANK_SECRET
                    companyCodes: ["12345"]
                    ipAllowlist: ["127.0.0.1/32"]
                """.formatted(indented(publicPem));

        assertRefusedOutsideDemo(file, Map.of("PROD_BANK_SECRET", "prod-bank-secret-1234"), "prod-bank",
                "uses the public SNAP demo credentials");
    }

    @Test
    void refusesABankCalledOverPlainHttpOutsideTheDemoProfile() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String file = """
                banks:
                  - id: plain-bank
                    name: Calls back in clear
                    clientKey: PLAIN-BANK
                    publicKeyPem: |
                %s
                    clientSecretEnv: PLAIN_BANK_SECRET
                    companyCodes: ["12346"]
                    ipAllowlist: ["127.0.0.1/32"]
                    outbound:
                      baseUrl: http://bank.example/openapi
                      clientKey: JAMSOSTEK
                      clientSecretEnv: PLAIN_BANK_OUTBOUND_SECRET
                      partnerId: "12346"
                      channelId: "95221"
                """.formatted(indented(PemKeys.toPem(rsa.generateKeyPair().getPublic())));

        assertRefusedOutsideDemo(file, Map.of("PLAIN_BANK_SECRET", "plain-bank-secret-1234-5678-9012-3456",
                "PLAIN_BANK_OUTBOUND_SECRET", "plain-bank-outbound-secret-12345678"), "plain-bank",
                "a bank's outbound baseUrl must be https");
    }

    @Test
    void refusesTheDemoKeyEncryptionKeyOutsideTheDemoProfile() {
        String database = TestDatabase.fresh(DATABASE + "_kek");
        assertThatThrownBy(() -> start(database, false, Map.of("gateway.secrets.kek", DemoCredentials.KEK)).close())
                .hasStackTraceContaining("holds the published demo key");
    }

    @Test
    void refusesToStartWithoutAKeyEncryptionKey() {
        String database = TestDatabase.fresh(DATABASE + "_nokek");
        assertThatThrownBy(() -> start(database, false, Map.of("gateway.secrets.kek", "")).close())
                .hasStackTraceContaining("GATEWAY_SECRETS_KEK is not set");
    }

    @Test
    void refusesToStartWithoutTheMessageLogKeysOrWithTheirDemoValues() {
        String database = TestDatabase.fresh(DATABASE + "_msglog");
        assertThatThrownBy(() -> start(database, false, Map.of("gateway.secrets.message-log-key", "")).close())
                .hasStackTraceContaining("GATEWAY_SECRETS_MESSAGE_LOG_KEY is not set");
        assertThatThrownBy(() -> start(database, false, Map.of("gateway.secrets.message-log-key",
                DemoCredentials.SNAP_PRIVATE_KEY)).close())
                .hasStackTraceContaining("GATEWAY_SECRETS_MESSAGE_LOG_KEY holds the published demo key");
        assertThatThrownBy(() -> start(database, false, Map.of("gateway.secrets.archive-keys",
                DemoCredentials.ARCHIVE_KEYS)).close())
                .hasStackTraceContaining("GATEWAY_SECRETS_ARCHIVE_KEYS holds the published demo key");
        assertThatThrownBy(() -> start(database, false, Map.of("gateway.message-log.anchor-file", "")).close())
                .hasStackTraceContaining("names no place outside the database for the anchors");
    }

    /**
     * The checks a start outside the demo profile makes, on a gateway that started without the file: registering it
     * fails with {@code reason} and leaves no trace of the partner (one transaction). That such a failure ends the
     * process is the first test's.
     */
    private static void assertRefusedOutsideDemo(String file, Map<String, String> environment, String partnerId,
            String reason) throws IOException {
        String database = TestDatabase.fresh(DATABASE + "_" + partnerId.replace('-', '_'));
        try (ConfigurableApplicationContext gateway = start(database, false, Map.of())) {
            PartnerFileRegistration registration = gateway.getBean(PartnerFileRegistration.class);
            PartnerFile.Registrations partners = PartnerFile.read(
                    new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), environment::get, false);

            StepVerifier.create(registration.register(List.of(partners), false))
                    .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining(reason))
                    .verify(Duration.ofSeconds(30));

            StepVerifier.create(gateway.getBean(DatabaseClient.class)
                            .sql("select count(*) from partner where id = :id").bind("id", partnerId)
                            .map(row -> row.get(0, Long.class)).one())
                    .expectNext(0L).verifyComplete();
        }
    }

    private static String indented(String pem) {
        return pem.strip().lines().map(line -> "      " + line).collect(Collectors.joining("\n"));
    }

    private static ConfigurableApplicationContext start(String database, boolean demo, Map<String, Object> extra) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(GatewayApplication.class);
        if (demo) {
            builder.profiles(DemoCredentials.PROFILE);
        }
        return builder.run(arguments(database, demo, extra));
    }

    /** Arguments, not default properties: these must win over application.yml. */
    private static String[] arguments(String database, boolean demo, Map<String, Object> extra) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.r2dbc.url", TestDatabase.r2dbcUrl(database));
        properties.put("spring.flyway.url", TestDatabase.jdbcUrl(database));
        properties.put("server.port", "0");
        properties.put("management.server.port", "0");
        properties.put("gateway.internal.port", "0");
        properties.put("server.ssl.enabled", "false");
        if (!demo) {
            properties.put("gateway.secrets.kek", GatewayTestProperties.TEST_KEK);
            properties.put("gateway.secrets.token-keys", GatewayTestProperties.TEST_TOKEN_KEYS);
            properties.put("gateway.secrets.oauth-signing-keys", GatewayTestProperties.TEST_OAUTH_SIGNING_KEYS);
            properties.put("gateway.secrets.message-log-key", GatewayTestProperties.TEST_MESSAGE_LOG_KEY);
            properties.put("gateway.secrets.archive-keys", GatewayTestProperties.TEST_ARCHIVE_KEYS);
            properties.put("gateway.message-log.anchor-file", GatewayTestProperties.ANCHOR_FILE);
        }
        properties.putAll(extra);
        return properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
    }

    /** The gateway in a JVM of its own, on this test's class path, its output and errors into {@code output}. */
    private static Process startProcess(String[] arguments, Path output) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), GatewayApplication.class.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private static HttpResponse<String> demoToken(int port) throws IOException, InterruptedException {
        String pem = new String(DemoProfileIT.class.getResourceAsStream("/demo-bank-private-key.pem").readAllBytes(),
                StandardCharsets.UTF_8);
        PrivateKey key = PemKeys.rsaPrivateKey(pem.substring(pem.indexOf("-----BEGIN")));
        SnapBankRequest.Bank bank = new SnapBankRequest.Bank("", DemoCredentials.CLIENT_KEY, key, new byte[0], "",
                "");
        SnapBankRequest token = SnapBankRequest.accessToken(bank,
                SnapTimestamp.format(OffsetDateTime.now(SnapTimestamp.JAKARTA)));
        return HttpClient.newHttpClient().send(token.toHttpRequest("http://127.0.0.1:" + port, Duration.ofSeconds(30)),
                HttpResponse.BodyHandlers.ofString());
    }
}
