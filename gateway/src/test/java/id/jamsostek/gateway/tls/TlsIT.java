package id.jamsostek.gateway.tls;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.jamsostek.gateway.GatewayApplication;
import id.jamsostek.gateway.problem.GatewayException;
import id.jamsostek.gateway.support.BankClient;
import id.jamsostek.gateway.support.CoreFixtures;
import id.jamsostek.gateway.support.FakeCore;
import id.jamsostek.gateway.support.GatewayIntegrationTest;
import id.jamsostek.gateway.support.GatewayTestProperties;
import id.jamsostek.gateway.support.PartnerAdminClient;
import id.jamsostek.gateway.support.TestBank;
import id.jamsostek.gateway.support.TestCertificate;
import id.jamsostek.gateway.support.TestDatabase;
import id.jamsostek.snap.PemKeys;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.netty.http.client.HttpClient;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * The gateway over HTTPS as configured for production: TLS 1.3 only, from PEM files named by GATEWAY_TLS_CERT and
 * GATEWAY_TLS_KEY, asking every client for a certificate; partners that must present theirs (mutual TLS) are refused
 * without it or with another partner's, on the SNAP routes, the token endpoint and the partner REST routes.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TlsIT {

    private static final Path DIRECTORY = directory();
    private static final TestCertificate SERVER = TestCertificate.create(DIRECTORY, "server", "CN=localhost",
            "dns:localhost,ip:127.0.0.1,ip:::1");
    private static final TestCertificate MUST_BANK_CERT = TestCertificate.create(DIRECTORY, "must-bank",
            "CN=it-tls-bank-must", null);
    private static final TestCertificate MUST_BANK_EXPIRED = TestCertificate.expired(DIRECTORY, "must-bank-old",
            "CN=it-tls-bank-must");
    private static final TestCertificate OPTIONAL_BANK_CERT = TestCertificate.create(DIRECTORY, "optional-bank",
            "CN=it-tls-bank-may", null);
    private static final TestCertificate VILLAGE_CERT = TestCertificate.create(DIRECTORY, "village",
            "CN=it-tls-village", null);
    private static final TestCertificate STRANGER = TestCertificate.create(DIRECTORY, "stranger", "CN=stranger",
            null);
    private static final TestCertificate API_BANK_OLD = TestCertificate.create(DIRECTORY, "api-bank-old",
            "CN=it-tls-api-bank", null);
    private static final TestCertificate API_BANK_NEW = TestCertificate.create(DIRECTORY, "api-bank-new",
            "CN=it-tls-api-bank", null);

    private static final TestBank MUST_BANK = bank("it-tls-bank-must", "IT-TLS-MUST", "secret-tls-must-1", "77711");
    private static final TestBank OPTIONAL_BANK = bank("it-tls-bank-may", "IT-TLS-MAY", "secret-tls-may-22",
            "77712");
    private static final String VILLAGE_CLIENT = "sid-tls-must";
    private static final String VILLAGE_SECRET = "village-secret-tls-must-0001";
    private static final String CUSTOMER = "12345678901234567890";

    private static final WireMockServer core = FakeCore.server();

    @LocalServerPort
    int port;

    @Autowired
    PartnerCertificates certificates;

    @Autowired
    TransactionalOperator transaction;

    @LocalManagementPort
    int managementPort;

    /** The admin API's port: plain HTTP on loopback, whatever the partners' port speaks. */
    @org.springframework.beans.factory.annotation.Value("${local.internal.port}")
    int internalPort;

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) {
        GatewayTestProperties.register(registry, core::baseUrl, Map.of(
                "server.ssl.enabled", "true",
                "GATEWAY_TLS_CERT", SERVER.certificatePem().toString(),
                "GATEWAY_TLS_KEY", SERVER.keyPem().toString(),
                "gateway.partners.file", partnerFile().toString(),
                "IT_TLS_SECRET_MUST", MUST_BANK.secret(),
                "IT_TLS_SECRET_MAY", OPTIONAL_BANK.secret(),
                "IT_TLS_SECRET_VILLAGE", VILLAGE_SECRET,
                // as if a TLS-terminating proxy ran on this machine: it may forward client certificates
                "gateway.tls.trusted-proxies", "127.0.0.1/32,::1/128"));
    }

    @BeforeEach
    void resetCore() {
        core.resetAll();
    }

    @Test
    void servesTls13OnlyAndRefusesATls12Handshake() throws Exception {
        try (SSLSocket tls13 = socket("TLSv1.3")) {
            tls13.startHandshake();
            assertThat(tls13.getSession().getProtocol()).isEqualTo("TLSv1.3");
        }
        try (SSLSocket tls12 = socket("TLSv1.2")) {
            assertThatThrownBy(tls12::startHandshake).isInstanceOf(SSLException.class);
        }
    }

    @Test
    void theManagementPortStaysOnPlainHttp() {
        GatewayIntegrationTest.client("http://127.0.0.1:" + managementPort)
                .get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void aBankThatMustPresentItsCertificateIsServedWithIt() {
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open"))
                .willReturn(okJson(CoreFixtures.bill(CUSTOMER, "BILL-TLS-1", "UNPAID"))));
        BankClient bank = new BankClient(https(MUST_BANK_CERT), MUST_BANK);

        byte[] answer = bank.inquiry(bank.inquiryBody(CUSTOMER), bank.token()).expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent();

        assertThat(BankClient.json(answer).get("responseCode").asString()).isEqualTo("2002400");
    }

    @Test
    void aBankThatMustPresentItsCertificateIsRefusedWithoutOneBeforeTheCoreIsAsked() {
        assertRefused(new BankClient(https(null), MUST_BANK), "4017300", "client certificate required");

        String token = new BankClient(https(MUST_BANK_CERT), MUST_BANK).token();
        BankClient withoutCertificate = new BankClient(https(null), MUST_BANK);
        byte[] answer = withoutCertificate.inquiry(withoutCertificate.inquiryBody(CUSTOMER), token)
                .expectStatus().isUnauthorized().expectBody().returnResult().getResponseBodyContent();
        JsonNode refusal = BankClient.json(answer);
        assertThat(refusal.get("responseCode").asString()).isEqualTo("4012400");
        assertThat(refusal.get("responseMessage").asString())
                .isEqualTo("Unauthorized. [client certificate required]");
        core.verify(0, getRequestedFor(urlPathEqualTo("/core/v1/bills/open")));
    }

    @Test
    void aCertificateRegisteredForOnePartnerIsRefusedWithAnothersCredentials() {
        assertRefused(new BankClient(https(VILLAGE_CERT), MUST_BANK), "4017300",
                "client certificate is not the partner's");
        assertRefused(new BankClient(https(STRANGER), MUST_BANK), "4017300",
                "client certificate is not the partner's");
        // a partner that need not present one still may not present another partner's
        assertRefused(new BankClient(https(MUST_BANK_CERT), OPTIONAL_BANK), "4017300",
                "client certificate is not the partner's");
    }

    @Test
    void aTokenIssuedOverACertificateIsServedOnlyOverThatCertificate() {
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open"))
                .willReturn(okJson(CoreFixtures.bill(CUSTOMER, "BILL-TLS-2", "UNPAID"))));
        BankClient withCertificate = new BankClient(https(OPTIONAL_BANK_CERT), OPTIONAL_BANK);
        BankClient withoutOne = new BankClient(https(null), OPTIONAL_BANK);
        String bound = withCertificate.token();
        String unbound = withoutOne.token();

        withCertificate.inquiry(withCertificate.inquiryBody(CUSTOMER), bound).expectStatus().isOk();
        withoutOne.inquiry(withoutOne.inquiryBody(CUSTOMER), unbound).expectStatus().isOk();
        // the bank need not present a certificate, but a token it took over one is of no use without it
        assertRefusedBinding(withoutOne, bound);
        assertRefusedBinding(new BankClient(https(STRANGER), OPTIONAL_BANK), bound);
    }

    private static void assertRefusedBinding(BankClient bank, String token) {
        byte[] answer = bank.inquiry(bank.inquiryBody(CUSTOMER), token).expectStatus().isUnauthorized()
                .expectBody().returnResult().getResponseBodyContent();
        JsonNode refusal = BankClient.json(answer);
        assertThat(refusal.get("responseCode").asString()).isEqualTo("4012400");
        assertThat(refusal.get("responseMessage").asString())
                .isEqualTo("Unauthorized. [client certificate is not the one the token was issued to]");
    }

    @Test
    void behindATrustedProxyTheCertificateItForwardsStandsForTheConnectionsOwn() throws Exception {
        core.stubFor(get(urlPathEqualTo("/core/v1/bills/open"))
                .willReturn(okJson(CoreFixtures.bill(CUSTOMER, "BILL-TLS-3", "UNPAID"))));
        BankClient forwarded = new BankClient(forwarding(MUST_BANK_CERT), MUST_BANK);

        forwarded.inquiry(forwarded.inquiryBody(CUSTOMER), forwarded.token()).expectStatus().isOk();
        assertRefused(new BankClient(forwarding(STRANGER), MUST_BANK), "4017300",
                "client certificate is not the partner's");
    }

    /** A client without a certificate of its own whose requests carry {@code certificate} as a proxy forwards it. */
    private WebTestClient forwarding(TestCertificate certificate) throws Exception {
        return https(null).mutate().defaultHeader("Client-Cert",
                ":" + java.util.Base64.getEncoder().encodeToString(certificate.certificate().getEncoded()) + ":")
                .build();
    }

    @Test
    void anExpiredPinnedCertificateIsRefused() {
        assertRefused(new BankClient(https(MUST_BANK_EXPIRED), MUST_BANK), "4017300",
                "client certificate expired or not yet valid");
    }

    @Test
    void aBankWhoseCertificateIsOptionalIsServedWithItWithoutOneAndWithAnUnregisteredOne() {
        for (TestCertificate certificate : new TestCertificate[] {OPTIONAL_BANK_CERT, null, STRANGER}) {
            assertThat(new BankClient(https(certificate), OPTIONAL_BANK).token()).isNotBlank();
        }
    }

    @Test
    void aVillageThatMustPresentItsCertificateGetsNoTokenAndNoAnswerWithoutIt() {
        https(null).post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                        .with("client_id", VILLAGE_CLIENT).with("client_secret", VILLAGE_SECRET))
                .exchange().expectStatus().isUnauthorized()
                .expectBody()
                .jsonPath("$.error").isEqualTo("invalid_client")
                .jsonPath("$.error_description").isEqualTo("client certificate required");

        String token = villageToken(https(VILLAGE_CERT));
        String batch = "/village/v1/enrollment-batches/" + UUID.randomUUID();
        https(VILLAGE_CERT).get().uri(batch).header("Authorization", "Bearer " + token)
                .exchange().expectStatus().isNotFound();
        https(null).get().uri(batch).header("Authorization", "Bearer " + token)
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().valueMatches("WWW-Authenticate", ".*error=\"invalid_token\".*")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://api.jamsostek.example/problems/client-certificate")
                .jsonPath("$.detail").isEqualTo("client certificate required");
        https(MUST_BANK_CERT).get().uri(batch).header("Authorization", "Bearer " + token)
                .exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo("client certificate is not the partner's");
    }

    @Test
    void aCertificateRegisteredForOnePartnerCannotBeRegisteredForAnother() throws SQLException {
        ClientCertificates taken = new ClientCertificates(OPTIONAL_BANK.id(), ClientCertificates.MutualTls.OPTIONAL,
                List.of(CertificatePin.ofPem(MUST_BANK_CERT.pem())));
        StepVerifier.create(certificates.replace(taken).as(transaction::transactional))
                .expectErrorSatisfies(refused -> assertThat(refused).isInstanceOf(GatewayException.class)
                        .hasMessageContaining("is registered for another partner"))
                .verify();
        assertThat(TestDatabase.text("select partner_id from partner_certificate where sha256 = '"
                + CertificatePin.fingerprint(MUST_BANK_CERT.certificate()) + "'")).isEqualTo(MUST_BANK.id());
    }

    @Test
    void anOperatorRequiresABanksCertificateAndChangesItThroughTheAdminApiWithoutARefusedRequest() {
        PartnerAdminClient admin = new PartnerAdminClient(GatewayIntegrationTest.client("http://127.0.0.1:" + internalPort));
        KeyPair keys = PartnerAdminClient.rsaKeys();
        Map<String, Object> body = requiringCertificates(keys, List.of(Map.of("pem", API_BANK_OLD.pem())));
        String id = (String) body.get("id");
        JsonNode registered = admin.registered("banks", body);
        String oldPin = CertificatePin.fingerprint(API_BANK_OLD.certificate());
        String newPin = CertificatePin.fingerprint(API_BANK_NEW.certificate());
        assertThat(registered.at("/partner/mtls").asString()).isEqualTo("REQUIRED");
        assertThat(registered.at("/partner/clientCertificates/0/sha256").asString()).isEqualTo(oldPin);
        assertThat(registered.at("/partner/clientCertificates/0/notAfter").asString()).startsWith("20");
        TestBank bank = PartnerAdminClient.bank(body, keys, registered.get("clientSecret").asString());

        assertThat(new BankClient(https(API_BANK_OLD), bank).token()).isNotBlank();
        assertRefused(new BankClient(https(null), bank), "4017300", "client certificate required");

        // a change of certificate: first both, then the new one alone
        admin.patch(id, Map.of("clientCertificates", List.of(Map.of("pem", API_BANK_OLD.pem()),
                Map.of("sha256", newPin.toUpperCase())))).expectStatus().isOk();
        String overOld = new BankClient(https(API_BANK_OLD), bank).token();
        assertThat(new BankClient(https(API_BANK_NEW), bank).token()).isNotBlank();
        assertRefusedBinding(new BankClient(https(API_BANK_NEW), bank), overOld); // RFC 8705: a token per certificate
        admin.patch(id, Map.of("clientCertificates", List.of(Map.of("pem", API_BANK_NEW.pem()))))
                .expectStatus().isOk();
        assertRefused(new BankClient(https(API_BANK_OLD), bank), "4017300", "client certificate is not the partner's");
        assertThat(new BankClient(https(API_BANK_NEW), bank).token()).isNotBlank();

        JsonNode changes = PartnerAdminClient.json(admin.get("/" + id + "/audit").expectStatus().isOk());
        assertThat(changes.findValues("clientCertificates").toString()).contains(oldPin).contains(newPin);
        assertThat(changes.toString()).doesNotContain("BEGIN CERTIFICATE");
    }

    @Test
    void anAdminChangeOfMutualTlsThatBreaksARuleIsRefusedAndChangesNothing() {
        PartnerAdminClient admin = new PartnerAdminClient(GatewayIntegrationTest.client("http://127.0.0.1:" + internalPort));
        Map<String, Object> body = requiringCertificates(PartnerAdminClient.rsaKeys(), List.of(Map.of("pem",
                "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n")));
        String id = (String) body.get("id");
        admin.register("banks", body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/clientCertificates");
        body.put("clientCertificates", List.of());
        admin.register("banks", body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/clientCertificates");
        admin.get("/" + id).expectStatus().isNotFound();

        body.put("mtls", "OPTIONAL");
        admin.registered("banks", body);
        String before = PartnerAdminClient.json(admin.get("/" + id).expectStatus().isOk()).toString();
        admin.patch(id, Map.of("mtls", "SOMETIMES")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/mtls");
        admin.patch(id, Map.of("mtls", "REQUIRED")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/clientCertificates");
        admin.patch(id, Map.of("mtls", "REQUIRED", "clientCertificates", List.of(Map.of("pem", MUST_BANK_CERT.pem()))))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[0].pointer").isEqualTo("/clientCertificates");
        admin.patch(MUST_BANK.id(), Map.of("mtls", "OPTIONAL")).expectStatus().isEqualTo(409);

        assertThat(PartnerAdminClient.json(admin.get("/" + id).expectStatus().isOk()).toString()).isEqualTo(before);
        assertThat(TestDatabase.text("select partner_id from partner_certificate where sha256 = '"
                + CertificatePin.fingerprint(MUST_BANK_CERT.certificate()) + "'")).isEqualTo(MUST_BANK.id());
        assertRefused(new BankClient(https(null), MUST_BANK), "4017300", "client certificate required");
    }

    /** A new bank's registration for the admin API that must present one of {@code certificates}. */
    private static Map<String, Object> requiringCertificates(KeyPair keys, List<Map<String, String>> certificates) {
        Map<String, Object> body = PartnerAdminClient.bankBody(PartnerAdminClient.unique("it-tls-api"), keys);
        body.put("mtls", "REQUIRED");
        body.put("clientCertificates", certificates);
        return body;
    }

    private static void assertRefused(BankClient bank, String responseCode, String reason) {
        byte[] answer = bank.requestToken(bank.tokenHeaders(BankClient.now()), "{\"grantType\":\"client_credentials\"}")
                .expectStatus().isUnauthorized().expectBody().returnResult().getResponseBodyContent();
        JsonNode refusal = BankClient.json(answer);
        assertThat(refusal.get("responseCode").asString()).isEqualTo(responseCode);
        assertThat(refusal.get("responseMessage").asString()).isEqualTo("Unauthorized. [" + reason + "]");
    }

    private static String villageToken(WebTestClient web) {
        byte[] answer = web.post().uri("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")
                        .with("client_id", VILLAGE_CLIENT).with("client_secret", VILLAGE_SECRET))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
        return BankClient.json(answer).get("access_token").asString();
    }

    /** A client over TLS 1.3 that trusts the gateway's certificate and presents the one given, if any. */
    private WebTestClient https(TestCertificate client) {
        try {
            SslContextBuilder builder = SslContextBuilder.forClient().protocols("TLSv1.3")
                    .trustManager(SERVER.certificate());
            if (client != null) {
                builder.keyManager(client.key(), client.certificate());
            }
            SslContext ssl = builder.build();
            // a new connection per request: each client's certificate is presented on its own handshake
            HttpClient http = HttpClient.newConnection().secure(spec -> spec.sslContext(ssl));
            return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
                    .baseUrl("https://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build();
        } catch (SSLException e) {
            throw new IllegalStateException(e);
        }
    }

    private SSLSocket socket(String protocol) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("gateway", SERVER.certificate());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port);
        socket.setEnabledProtocols(new String[] {protocol});
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static TestBank bank(String id, String clientKey, String secret, String companyCode) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new TestBank(id, clientKey, generator.generateKeyPair(), secret, companyCode, "95221",
                    List.of("127.0.0.0/8", "::1/128"), "", true, "REPLAY", "ACCEPT", null);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The partners of this test: the bank that must present a certificate pins one by its fingerprint as openssl
     * prints it and an expired one as a PEM; the optional bank pins one as a PEM.
     */
    private static Path partnerFile() {
        String openSslFingerprint = HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(HexFormat.of().parseHex(
                        CertificatePin.fingerprint(MUST_BANK_CERT.certificate())));
        String yaml = "banks:\n"
                + bankYaml(MUST_BANK, "IT_TLS_SECRET_MUST", """
                            mtls: REQUIRED
                            clientCertificates:
                              - sha256: "%s"
                              - pem: |
                        %s
                        """.formatted(openSslFingerprint, indent(MUST_BANK_EXPIRED.pem(), 10)))
                + bankYaml(OPTIONAL_BANK, "IT_TLS_SECRET_MAY", """
                            mtls: OPTIONAL
                            clientCertificates:
                              - pem: |
                        %s
                        """.formatted(indent(OPTIONAL_BANK_CERT.pem(), 10)))
                + """
                villages:
                  - id: it-tls-village
                    name: it-tls-village
                    clientId: %s
                    clientSecretEnv: IT_TLS_SECRET_VILLAGE
                    regions: ["3603012001"]
                    mtls: REQUIRED
                    clientCertificates:
                      - pem: |
                %s
                """.formatted(VILLAGE_CLIENT, indent(VILLAGE_CERT.pem(), 10));
        try {
            return Files.writeString(DIRECTORY.resolve("partners.yml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bankYaml(TestBank bank, String secretVariable, String tls) {
        return """
                  - id: %s
                    name: %s
                    clientKey: %s
                    publicKeyPem: |
                %s
                    clientSecretEnv: %s
                    companyCodes: ["%s"]
                    channelIds: ["%s"]
                    ipAllowlist: ["127.0.0.0/8", "::1/128"]
                """.formatted(bank.id(), bank.id(), bank.clientKey(), indent(PemKeys.toPem(bank.keys().getPublic()), 6),
                secretVariable, bank.companyCode(), bank.channelId()) + tls;
    }

    private static String indent(String pem, int spaces) {
        return pem.strip().lines().map(line -> " ".repeat(spaces) + line).collect(Collectors.joining("\n"));
    }

    private static Path directory() {
        try {
            Path directory = Files.createTempDirectory("it-tls");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
