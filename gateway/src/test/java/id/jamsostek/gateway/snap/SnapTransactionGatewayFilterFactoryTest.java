package id.jamsostek.gateway.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.jamsostek.gateway.partner.BankPartner;
import id.jamsostek.gateway.partner.BankPartners;
import id.jamsostek.gateway.partner.BankProfile;
import id.jamsostek.gateway.partner.IpRange;
import id.jamsostek.gateway.partner.credentials.ClientSecret;
import id.jamsostek.gateway.partner.credentials.Rotation;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.gateway.secrets.KeyRing;
import id.jamsostek.gateway.secrets.TokenKeys;
import id.jamsostek.gateway.tls.ClientCertificateCheck;
import id.jamsostek.snap.SnapSignatures;
import id.jamsostek.snap.SnapTimestamp;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A SNAP transaction's authentication (inquiry, payment) on a mock exchange, with the bank's registration given: the
 * headers' step (SnapTransaction) and, once the body is read, the signature's (SnapSignature).
 */
class SnapTransactionGatewayFilterFactoryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, SnapTimestamp.JAKARTA);
    private static final SnapSettings SETTINGS = new SnapSettings(Duration.ofMinutes(5), Duration.ofSeconds(900));
    private static final byte[] SECRET = "secret-of-the-bank".getBytes(StandardCharsets.UTF_8);
    private static final String PATH = "/v1.0/transfer-va/inquiry";
    private static final byte[] BODY = """
            { "partnerServiceId": "   77709", "customerNo": "12345678901",
              "virtualAccountNo": "   7770912345678901", "inquiryRequestId": "1" }""".getBytes(StandardCharsets.UTF_8);

    private final AccessTokens tokens = new AccessTokens(new TokenKeys(KeyRing.parse("T",
            "t1:" + Base64.getEncoder().encodeToString("token-key-of-the-unit-test-32b!!".getBytes()), 32)),
            SETTINGS, CLOCK);
    private final BankPartners partners = mock(BankPartners.class);
    private final ClientCertificateCheck certificates = mock(ClientCertificateCheck.class);
    private final GatewayFilter headers = new SnapTransactionGatewayFilterFactory(tokens, partners, certificates,
            SETTINGS, SnapFilterRun.pool(), CLOCK).apply(new SnapAuthenticationGatewayFilterFactory.Config());
    private final GatewayFilter signature = new SnapSignatureGatewayFilterFactory(SETTINGS, SnapFilterRun.pool(), CLOCK)
            .apply(new SnapAuthenticationGatewayFilterFactory.Config());
    /** The two steps as a route runs them, the body read in between. */
    private final GatewayFilter filter = (exchange, chain) -> headers.filter(exchange,
            checked -> signature.filter(checked, chain));
    private final String token = tokens.issue("it-bank-tx", Optional.empty()).token();

    @BeforeEach
    void registered() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        BankPartner bank = new BankPartner("it-bank-tx", "Bank Tx", true, "IT-TX-SNAP",
                new Rotation<>(rsa.generateKeyPair().getPublic(), null, null),
                new Rotation<>(new ClientSecret(SECRET), null, null), Set.of("77709"), Set.of("95221"),
                List.of(IpRange.parse("127.0.0.0/8")), BankProfile.of("", "5s", "REPLAY", "ACCEPT", null));
        when(partners.byId(anyString())).thenReturn(Mono.empty());
        when(partners.byId("it-bank-tx")).thenReturn(Mono.just(bank));
        when(certificates.require(any(), any(), any())).thenReturn(Mono.empty());
    }

    /** A request as the bank sends it, with one header then replaced if {@code header} is given. */
    private MockServerWebExchange inquiry(byte[] secret, String header, String value) {
        String timestamp = SnapTimestamp.now(CLOCK);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put(SnapHeaders.TIMESTAMP, timestamp);
        headers.put(SnapHeaders.SIGNATURE, SnapSignatures.signTransaction(secret, "POST", PATH, token, BODY, timestamp));
        headers.put(SnapHeaders.PARTNER_ID, "77709");
        headers.put(SnapHeaders.EXTERNAL_ID, "41807553358950093184");
        headers.put(SnapHeaders.CHANNEL_ID, "95221");
        if (header != null) {
            headers.put(header, value);
        }
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.post(PATH)
                .remoteAddress(new InetSocketAddress("127.0.0.1", 40000));
        headers.forEach(request::header);
        MockServerWebExchange exchange = MockServerWebExchange.from(request);
        exchange.getAttributes().put(id.jamsostek.gateway.body.CachedBody.class.getName(), BODY);
        SnapRequestPath.keep(exchange, new SnapRequestPath("", PATH));
        return exchange;
    }

    @Test
    void aSignedRequestPutsTheBankItsTokenPartnerCodeAndExternalIdOnTheExchange() {
        MockServerWebExchange exchange = inquiry(SECRET, null, null);
        SnapFilterRun.passes(filter, exchange);
        assertThat(BankCaller.of(exchange)).hasValueSatisfying(caller -> {
            assertThat(caller.partner().id()).isEqualTo("it-bank-tx");
            assertThat(caller.partnerCode()).isEqualTo("77709");
            assertThat(caller.externalId()).isEqualTo("41807553358950093184");
        });
    }

    @Test
    void aSignatureWithAnotherSecretIsRefused() {
        SnapFilterRun.refuses(filter, inquiry("another-secret".getBytes(StandardCharsets.UTF_8), null, null), Problem.UNAUTHORIZED,
                "Signature");
    }

    @Test
    void aPartnerIdOrChannelThatIsNotTheBanksIsRefused() {
        SnapFilterRun.refuses(filter, inquiry(SECRET, SnapHeaders.PARTNER_ID, "77701"), Problem.UNAUTHORIZED, SnapHeaders.PARTNER_ID);
        SnapFilterRun.refuses(filter, inquiry(SECRET, SnapHeaders.CHANNEL_ID, "6011"), Problem.UNAUTHORIZED, SnapHeaders.CHANNEL_ID);
    }

    @Test
    void aMissingOrForgedTokenIsRefusedAsAnInvalidToken() {
        SnapFilterRun.refuses(filter, inquiry(SECRET, "Authorization", "Bearer not-a-jwt"), Problem.INVALID_TOKEN, null);
        String strangers = tokens.issue("it-bank-gone", Optional.empty()).token();
        SnapFilterRun.refuses(filter, inquiry(SECRET, "Authorization", "Bearer " + strangers), Problem.INVALID_TOKEN, null);
    }

    @Test
    void anExternalIdThatIsNotDigitsIsAnInvalidField() {
        SnapFilterRun.refuses(filter, inquiry(SECRET, SnapHeaders.EXTERNAL_ID, "abc-1"), Problem.INVALID_FIELD_FORMAT, SnapHeaders.EXTERNAL_ID);
    }

    @Test
    void theHeadersStepNamesTheBankWithoutTheBodyAndOnlyTheSignatureMakesItTheCaller() {
        MockServerWebExchange exchange = inquiry(SECRET, null, null);
        exchange.getAttributes().remove(id.jamsostek.gateway.body.CachedBody.class.getName());

        SnapFilterRun.passes(headers, exchange);

        assertThat(id.jamsostek.gateway.caller.Caller.claimedPartnerIdOf(exchange)).contains("it-bank-tx");
        assertThat(BankCaller.of(exchange)).isEmpty();
    }

    @Test
    void aStrangersTokenIsRefusedFromTheHeadersAlone() {
        MockServerWebExchange exchange = inquiry(SECRET, "Authorization", "Bearer not-a-jwt");
        exchange.getAttributes().remove(id.jamsostek.gateway.body.CachedBody.class.getName());

        SnapFilterRun.refuses(headers, exchange, Problem.INVALID_TOKEN, null);
        assertThat(id.jamsostek.gateway.caller.Caller.claimedPartnerIdOf(exchange)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {SnapHeaders.TIMESTAMP, SnapHeaders.SIGNATURE, SnapHeaders.PARTNER_ID,
            SnapHeaders.EXTERNAL_ID, SnapHeaders.CHANNEL_ID})
    void aMissingHeaderIsAMissingMandatoryField(String header) {
        SnapFilterRun.refuses(filter, inquiry(SECRET, header, ""), Problem.MISSING_MANDATORY_FIELD, header);

        assertThat(Problem.MISSING_MANDATORY_FIELD.snapResponseCode(SnapService.VA_INQUIRY.code()))
                .isEqualTo("4002402");
    }

    @Test
    void aTimestampOutsideTheSkewOrNotIso8601IsAnInvalidField() {
        String stale = SnapTimestamp.now(Clock.offset(CLOCK, SETTINGS.timestampSkew().plusSeconds(1).negated()));
        String ahead = SnapTimestamp.now(Clock.offset(CLOCK, SETTINGS.timestampSkew().plusSeconds(1)));

        for (String timestamp : List.of(stale, ahead, "2026-11-22 10:00:00")) {
            SnapFilterRun.refuses(filter, inquiry(SECRET, SnapHeaders.TIMESTAMP, timestamp),
                    Problem.INVALID_FIELD_FORMAT, SnapHeaders.TIMESTAMP);
        }
        assertThat(Problem.INVALID_FIELD_FORMAT.snapResponseCode(SnapService.VA_INQUIRY.code())).isEqualTo("4002401");
    }
}
