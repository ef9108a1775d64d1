package id.jamsostek.gateway.snap;

import static org.assertj.core.api.Assertions.assertThat;

import id.jamsostek.gateway.body.CachedBody;
import id.jamsostek.gateway.partner.BankPartner;
import id.jamsostek.gateway.partner.BankProfile;
import id.jamsostek.gateway.partner.IpRange;
import id.jamsostek.gateway.partner.credentials.ClientSecret;
import id.jamsostek.gateway.partner.credentials.Rotation;
import id.jamsostek.gateway.problem.Problem;
import id.jamsostek.snap.SnapSignatures;
import id.jamsostek.snap.SnapTimestamp;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/**
 * The signature step of a SNAP transaction on a mock exchange, after the headers' step has named the bank
 * ({@link SnapClaim}) and the body is read: X-SIGNATURE must be the bank's HMAC-SHA512 over method, path, token,
 * the minified body and X-TIMESTAMP. The headers' own faults (missing, stale) are
 * SnapTransactionGatewayFilterFactoryTest's.
 */
class SnapSignatureGatewayFilterFactoryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, SnapTimestamp.JAKARTA);
    private static final SnapSettings SETTINGS = new SnapSettings(Duration.ofMinutes(5), Duration.ofSeconds(900));
    private static final byte[] SECRET = "secret-of-the-bank".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PREVIOUS = "previous-secret-of-the-bank".getBytes(StandardCharsets.UTF_8);
    private static final String PATH = "/v1.0/transfer-va/payment";
    private static final String TOKEN = "token-of-the-bank";
    private static final String BODY = "{\"partnerServiceId\":\"   77709\",\"customerNo\":\"12345678901\","
            + "\"virtualAccountNo\":\"   7770912345678901\",\"paymentRequestId\":\"1\","
            + "\"paidAmount\":{\"value\":\"150000.00\",\"currency\":\"IDR\"},\"flagAdvise\":\"N\"}";

    private final GatewayFilter filter = new SnapSignatureGatewayFilterFactory(SETTINGS, SnapFilterRun.pool(), CLOCK)
            .apply(new SnapAuthenticationGatewayFilterFactory.Config());

    @Test
    void aValidSignatureMakesTheBankTheCallerWithItsPartnerCodeAndExternalId() {
        MockServerWebExchange exchange = payment(bank(null), SECRET, BODY, BODY);

        SnapFilterRun.passes(filter, exchange);

        assertThat(BankCaller.of(exchange)).hasValueSatisfying(caller -> {
            assertThat(caller.partner().id()).isEqualTo("it-bank-sig");
            assertThat(caller.accessToken()).isEqualTo(TOKEN);
            assertThat(caller.partnerCode()).isEqualTo("77709");
            assertThat(caller.externalId()).isEqualTo("41807553358950093184");
        });
    }

    @Test
    void aSignatureWithAnotherSecretIsRefusedAsUnauthorizedSignature() {
        byte[] another = "another-secret".getBytes(StandardCharsets.UTF_8);

        SnapFilterRun.refuses(filter, payment(bank(null), another, BODY, BODY), Problem.UNAUTHORIZED, "Signature");

        assertThat(Problem.UNAUTHORIZED.snapResponseCode(SnapService.VA_PAYMENT.code())).isEqualTo("4012500");
        assertThat(Problem.UNAUTHORIZED.snapResponseMessage("Signature")).isEqualTo("Unauthorized. Signature");
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() {
        String changed = BODY.replace("150000.00", "1500.00");

        SnapFilterRun.refuses(filter, payment(bank(null), SECRET, BODY, changed), Problem.UNAUTHORIZED, "Signature");
    }

    @Test
    void whitespaceBetweenTheMembersIsNotPartOfWhatIsSigned() {
        String pretty = BODY.replace(",", ",\n  ").replace("{", "{ ");

        SnapFilterRun.passes(filter, payment(bank(null), SECRET, BODY, pretty));
    }

    @Test
    void aSignatureOverAnotherTimestampIsRefused() {
        MockServerWebExchange exchange = payment(bank(null), SECRET, BODY, BODY);
        SnapClaim claim = SnapClaim.of(exchange);
        new SnapClaim(claim.partner(), TOKEN, SnapTimestamp.now(Clock.offset(CLOCK, Duration.ofSeconds(1))),
                claim.signature(), claim.partnerCode(), claim.externalId()).keep(exchange);

        SnapFilterRun.refuses(filter, exchange, Problem.UNAUTHORIZED, "Signature");
    }

    @Test
    void thePreviousSecretVerifiesOnlyUntilItsOverlapEnds() {
        SnapFilterRun.passes(filter, payment(bank(NOW.plusSeconds(60)), PREVIOUS, BODY, BODY));
        SnapFilterRun.refuses(filter, payment(bank(NOW), PREVIOUS, BODY, BODY), Problem.UNAUTHORIZED, "Signature");
    }

    /** The bank, with the previous secret valid until {@code previousUntil} (null: no rotation under way). */
    private static BankPartner bank(Instant previousUntil) {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            Rotation<ClientSecret> secrets = previousUntil == null
                    ? new Rotation<>(new ClientSecret(SECRET), null, null)
                    : new Rotation<>(new ClientSecret(SECRET), new ClientSecret(PREVIOUS), previousUntil);
            return new BankPartner("it-bank-sig", "Bank Sig", true, "IT-SIG-SNAP",
                    new Rotation<>(rsa.generateKeyPair().getPublic(), null, null), secrets, Set.of("77709"),
                    Set.of("95221"), List.of(IpRange.parse("127.0.0.0/8")),
                    BankProfile.of("", "5s", "REPLAY", "ACCEPT", null));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A payment whose headers the previous step checked: {@code signed} signed with {@code secret}, {@code sent}
     * the bytes that arrived.
     */
    private static MockServerWebExchange payment(BankPartner bank, byte[] secret, String signed, String sent) {
        String timestamp = SnapTimestamp.now(CLOCK);
        String signature = SnapSignatures.signTransaction(secret, "POST", PATH, TOKEN,
                signed.getBytes(StandardCharsets.UTF_8), timestamp);
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post(PATH));
        exchange.getAttributes().put(CachedBody.class.getName(), sent.getBytes(StandardCharsets.UTF_8));
        SnapRequestPath.keep(exchange, new SnapRequestPath("", PATH));
        new SnapClaim(bank, TOKEN, timestamp, signature, "77709", "41807553358950093184").keep(exchange);
        return exchange;
    }
}
