package id.jamsostek.gateway.partner.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.secrets.DemoCredentials;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.snap.PemKeys;
import id.jamsostek.snap.SnapSignatures;
import id.jamsostek.snap.SnapTimestamp;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The public demo credentials work under the demo profile and stop the gateway from starting anywhere else. */
class DemoProfileIT {

    @Test
    void demoBankGetsATokenUnderTheDemoProfileAndTheGatewayRefusesToStartWithItOutside() throws Exception {
        String database = TestDatabase.fresh("jamsostek_it_demo");
        try (ConfigurableApplicationContext demo = start(database, true, Map.of())) {
            int port = Integer.parseInt(demo.getEnvironment().getProperty("local.server.port"));
            assertThat(demoToken(port).statusCode()).isEqualTo(200);
        }
        assertThatThrownBy(() -> start(database, false, Map.of()).close())
                .hasStackTraceContaining("allowed only under the 'demo' profile");
    }

    @Test
    void refusesABankRegisteredWithTheDemoKeyUnderAnyIdOutsideTheDemoProfile() throws Exception {
        String database = TestDatabase.fresh("jamsostek_it_demo_key");
        String pem = new String(DemoProfileIT.class.getResourceAsStream("/demo-bank-private-key.pem").readAllBytes(),
                StandardCharsets.UTF_8);
        String publicPem = PemKeys.toPem(java.security.KeyFactory.getInstance("RSA").generatePublic(
                new java.security.spec.RSAPublicKeySpec(
                        ((java.security.interfaces.RSAPrivateCrtKey) PemKeys.rsaPrivateKey(
                                pem.substring(pem.indexOf("-----BEGIN")))).getModulus(),
                        java.math.BigInteger.valueOf(65537))));
        java.nio.file.Path file = java.nio.file.Files.createTempFile("demo-key-partner", ".yml");
        java.nio.file.Files.writeString(file, """
                banks:
                  - id: prod-bank
                    name: Looks real
                    clientKey: PROD-BANK
                    publicKeyPem: |
                %s
                    clientSecretEnv: PROD_BANK_SECRET
                    companyCodes: ["12345"]
                    ipAllowlist: ["127.0.0.1/32"]
                """.formatted(publicPem.strip().lines().map(line -> "      " + line)
                .collect(java.util.stream.Collectors.joining("\n"))));
        assertThatThrownBy(() -> start(database, false, Map.of("gateway.partners.file", file.toString(),
                "PROD_BANK_SECRET", "prod-bank-secret-1234")).close())
                .hasStackTraceContaining("uses the public SNAP demo credentials");
    }

    @Test
    void refusesABankCalledOverPlainHttpOutsideTheDemoProfile() throws Exception {
        String database = TestDatabase.fresh("jamsostek_it_demo_http");
        java.security.KeyPairGenerator rsa = java.security.KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String publicPem = PemKeys.toPem(rsa.generateKeyPair().getPublic());
        java.nio.file.Path file = java.nio.file.Files.createTempFile("plain-http-partner", ".yml");
        java.nio.file.Files.writeString(file, """
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
                """.formatted(publicPem.strip().lines().map(line -> "      " + line)
                .collect(java.util.stream.Collectors.joining("\n"))));
        assertThatThrownBy(() -> start(database, false, Map.of("gateway.partners.file", file.toString(),
                "PLAIN_BANK_SECRET", "plain-bank-secret-1234-5678-9012-3456",
                "PLAIN_BANK_OUTBOUND_SECRET", "plain-bank-outbound-secret-12345678")).close())
                .hasStackTraceContaining("a bank's outbound baseUrl must be https");
    }

    @Test
    void refusesTheDemoKeyEncryptionKeyOutsideTheDemoProfile() {
        String database = TestDatabase.fresh("jamsostek_it_demo_kek");
        assertThatThrownBy(() -> start(database, false, Map.of("gateway.secrets.kek", DemoCredentials.KEK)).close())
                .hasStackTraceContaining("holds the published demo key");
    }

    @Test
    void refusesToStartWithoutAKeyEncryptionKey() {
        String database = TestDatabase.fresh("jamsostek_it_demo_nokek");
        assertThatThrownBy(() -> start(database, false, Map.of("gateway.secrets.kek", "")).close())
                .hasStackTraceContaining("GATEWAY_SECRETS_KEK is not set");
    }

    @Test
    void refusesToStartWithoutTheMessageLogKeysOrWithTheirDemoValues() {
        String database = TestDatabase.fresh("jamsostek_it_demo_msglog");
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

    private static ConfigurableApplicationContext start(String database, boolean demo, Map<String, Object> extra) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.r2dbc.url", TestDatabase.r2dbcUrl(database));
        properties.put("spring.flyway.url", TestDatabase.jdbcUrl(database));
        properties.put("server.port", "0");
        properties.put("management.server.port", "0");
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
        SpringApplicationBuilder builder = new SpringApplicationBuilder(GatewayApplication.class);
        if (demo) {
            builder.profiles(DemoCredentials.PROFILE);
        }
        // arguments, not default properties: these must win over application.yml
        return builder.run(properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new));
    }

    private static HttpResponse<String> demoToken(int port) throws IOException, InterruptedException {
        PrivateKey key;
        try (InputStream in = DemoProfileIT.class.getResourceAsStream("/demo-bank-private-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            key = PemKeys.rsaPrivateKey(pem.substring(pem.indexOf("-----BEGIN")));
        }
        String timestamp = SnapTimestamp.format(OffsetDateTime.now(SnapTimestamp.JAKARTA));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/v1.0/access-token/b2b"))
                .header("Content-Type", "application/json")
                .header("X-CLIENT-KEY", DemoCredentials.CLIENT_KEY)
                .header("X-TIMESTAMP", timestamp)
                .header("X-SIGNATURE", SnapSignatures.signAccessToken(key, DemoCredentials.CLIENT_KEY, timestamp))
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
