package id.jamsostek.gateway.oauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.jamsostek.gateway.support.MovingClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IssuerKeysTest {

    private final WireMockServer issuer = new WireMockServer(wireMockConfig().dynamicPort());
    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-06T08:00:00Z"));


    @BeforeEach
    void start() {
        issuer.start();
    }

    @AfterEach
    void stop() {
        issuer.stop();
    }

    private void publish(JWK... keys) {
        issuer.stubFor(get(urlPathEqualTo("/jwks")).willReturn(aResponse().withHeader("Content-Type",
                "application/json").withBody(new JWKSet(List.of(keys)).toPublicJWKSet().toString())));
    }

    private int fetches() {
        return issuer.countRequestsMatching(getRequestedFor(urlPathEqualTo("/jwks")).build()).getCount();
    }

    private static SignedJWT naming(String kid) {
        return new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                new JWTClaimsSet.Builder().build());
    }

    private List<String> kids(IssuerKeys keys, String kid) {
        return keys.candidates(naming(kid)).map(JWK::getKeyID).collectList().block(Duration.ofSeconds(10));
    }

    @Test
    void anUnknownKeyIdFetchesTheKeysAtMostOncePerIntervalAndTheIssuersNewKeyIsFoundAfterIt() throws Exception {
        JWK first = new RSAKeyGenerator(2048).keyID("k1").generate();
        JWK second = new RSAKeyGenerator(2048).keyID("k2").generate();
        publish(first);
        IssuerKeys keys = new IssuerKeys(URI.create(issuer.baseUrl() + "/jwks"), Duration.ofMinutes(1),
                Duration.ofMinutes(15), clock);

        assertThat(kids(keys, "k1")).containsExactly("k1");
        assertThat(fetches()).isEqualTo(1);
        for (int i = 0; i < 5; i++) {
            assertThat(kids(keys, "made-up-" + i)).containsExactly("k1");
        }
        assertThat(kids(keys, "k1")).containsExactly("k1");
        assertThat(fetches()).isEqualTo(1);

        publish(first, second);
        clock.advance(Duration.ofSeconds(59));
        assertThat(kids(keys, "k2")).containsExactly("k1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(kids(keys, "k2")).containsExactly("k1", "k2");
        assertThat(fetches()).isEqualTo(2);
    }

    @Test
    void keysOlderThanTheirMaxAgeAreFetchedAgainSoAWithdrawnKeyStopsAndAFailedFetchKeepsThem() throws Exception {
        JWK first = new RSAKeyGenerator(2048).keyID("k1").generate();
        JWK second = new RSAKeyGenerator(2048).keyID("k2").generate();
        publish(first);
        IssuerKeys keys = new IssuerKeys(URI.create(issuer.baseUrl() + "/jwks"), Duration.ofMinutes(1),
                Duration.ofMinutes(15), clock);
        assertThat(kids(keys, "k1")).containsExactly("k1");

        issuer.stubFor(get(urlPathEqualTo("/jwks")).willReturn(aResponse().withStatus(503)));
        clock.advance(Duration.ofMinutes(16));
        assertThat(kids(keys, "k1")).containsExactly("k1");

        publish(second);
        clock.advance(Duration.ofMinutes(1));
        assertThat(kids(keys, "k1")).containsExactly("k2");
        assertThat(fetches()).isEqualTo(3);
    }
}
