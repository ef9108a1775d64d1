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
import id.jamsostek.gateway.tls.ClientCertificateCheck;
import id.jamsostek.snap.SnapSignatures;
import id.jamsostek.snap.SnapTimestamp;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

/** The access-token request's authentication (SNAP 73) on a mock exchange, with the bank's registration given. */
class SnapClientSignatureGatewayFilterFactoryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, SnapTimestamp.JAKARTA);
    private static final String CLIENT_KEY = "IT-SIG-SNAP";
    private static final KeyPair CURRENT = rsa();
    private static final KeyPair PREVIOUS = rsa();

    private final BankPartners partners = mock(BankPartners.class);
    private final ClientCertificateCheck certificates = mock(ClientCertificateCheck.class);
    private final GatewayFilter filter = new SnapClientSignatureGatewayFilterFactory(partners, certificates,
            new SnapSettings(Duration.ofMinutes(5), Duration.ofSeconds(900)), SnapFilterRun.pool(), CLOCK)
            .apply(new SnapAuthenticationGatewayFilterFactory.Config());

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BankPartner bank(boolean enabled, Rotation<PublicKey> keys) {
        return new BankPartner("it-bank-sig", "Bank Sig", enabled, CLIENT_KEY, keys,
                new Rotation<>(new ClientSecret("secret".getBytes()), null, null), Set.of("77709"), Set.of("95221"),
                List.of(IpRange.parse("127.0.0.0/8")), BankProfile.of("", "5s", "REPLAY", "ACCEPT", null));
    }

    private void registered(BankPartner bank) {
        when(partners.byClientKey(anyString())).thenReturn(Mono.empty());
        when(partners.byClientKey(CLIENT_KEY)).thenReturn(Mono.just(bank));
        when(certificates.require(any(), any())).thenReturn(Mono.empty());
    }

    private static MockServerWebExchange tokenRequest(KeyPair signer, String clientKey, String timestamp, String from) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/v1.0/access-token/b2b")
                .remoteAddress(new InetSocketAddress(from, 40000))
                .header(SnapHeaders.CLIENT_KEY, clientKey)
                .header(SnapHeaders.TIMESTAMP, timestamp)
                .header(SnapHeaders.SIGNATURE, SnapSignatures.signAccessToken(signer.getPrivate(), clientKey, timestamp)));
        SnapRequestPath.keep(exchange, new SnapRequestPath("", "/v1.0/access-token/b2b"));
        return exchange;
    }

    private static MockServerWebExchange tokenRequest(KeyPair signer) {
        return tokenRequest(signer, CLIENT_KEY, SnapTimestamp.now(CLOCK), "127.0.0.1");
    }

    @Test
    void aSignatureByTheRegisteredKeyPutsTheBankOnTheExchange() {
        registered(bank(true, new Rotation<>(CURRENT.getPublic(), null, null)));
        MockServerWebExchange exchange = tokenRequest(CURRENT);
        SnapFilterRun.passes(filter, exchange);
        assertThat(BankCaller.of(exchange)).hasValueSatisfying(caller ->
                assertThat(caller.partner().id()).isEqualTo("it-bank-sig"));
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() {
        registered(bank(true, new Rotation<>(CURRENT.getPublic(), null, null)));
        SnapFilterRun.refuses(filter, tokenRequest(rsa()), Problem.UNAUTHORIZED, "Signature");
    }

    @Test
    void thePreviousKeyVerifiesUntilItsOverlapEndsAndNotAfter() {
        registered(bank(true, new Rotation<>(CURRENT.getPublic(), PREVIOUS.getPublic(), NOW.plusSeconds(60))));
        SnapFilterRun.passes(filter, tokenRequest(PREVIOUS));

        registered(bank(true, new Rotation<>(CURRENT.getPublic(), PREVIOUS.getPublic(), NOW.minusSeconds(1))));
        SnapFilterRun.refuses(filter, tokenRequest(PREVIOUS), Problem.UNAUTHORIZED, "Signature");
    }

    @Test
    void anUnknownOrDisabledClientLooksTheSameFromOutside() {
        registered(bank(false, new Rotation<>(CURRENT.getPublic(), null, null)));
        SnapFilterRun.refuses(filter, tokenRequest(CURRENT), Problem.UNAUTHORIZED, SnapRequestChecks.UNKNOWN_CLIENT);
        SnapFilterRun.refuses(filter, tokenRequest(CURRENT, "NOBODY-SNAP", SnapTimestamp.now(CLOCK), "127.0.0.1"), Problem.UNAUTHORIZED,
                SnapRequestChecks.UNKNOWN_CLIENT);
    }

    @Test
    void anAddressOutsideTheAllowlistIsForbidden() {
        registered(bank(true, new Rotation<>(CURRENT.getPublic(), null, null)));
        SnapFilterRun.refuses(filter, tokenRequest(CURRENT, CLIENT_KEY, SnapTimestamp.now(CLOCK), "10.1.2.3"), Problem.UNAUTHORIZED,
                SnapRequestChecks.FORBIDDEN);
    }

    @Test
    void aTimestampOutsideTheSkewIsRefusedBeforeTheBankIsLookedUp() {
        String stale = SnapTimestamp.format(OffsetDateTime.ofInstant(NOW.minus(Duration.ofMinutes(6)),
                SnapTimestamp.JAKARTA));
        SnapFilterRun.refuses(filter, tokenRequest(CURRENT, CLIENT_KEY, stale, "127.0.0.1"), Problem.INVALID_FIELD_FORMAT,
                SnapHeaders.TIMESTAMP);
        org.mockito.Mockito.verifyNoInteractions(partners);
    }
}
